"use client";

import { useState } from "react";

import { useNftMetadata } from "@/hooks/useNftMetadata.ts";

/**
 * A token's image from its (untrusted) token URI. Only URLs that
 * `safeImageUrl` accepted reach the `<img>`; anything else, or an image that
 * fails to load, shows a neutral placeholder.
 */
export function NftImage({
  uri,
  id,
}: {
  uri: string | null | undefined;
  id: bigint;
}) {
  const { result, loading } = useNftMetadata(uri);
  const [broken, setBroken] = useState(false);
  const metadata = result?.kind === "inline" ? result.metadata : null;
  const label = metadata?.name ?? `Token #${id}`;

  if (metadata?.image && !broken) {
    return (
      // Metadata images are arbitrary data:/https URLs, not Next images.
      // eslint-disable-next-line @next/next/no-img-element
      <img
        className="nft-image"
        src={metadata.image}
        alt={label}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setBroken(true)}
      />
    );
  }
  return (
    <div className="nft-placeholder" role="img" aria-label={label}>
      {loading
        ? "Loading…"
        : result?.kind === "invalid"
          ? result.problem
          : `#${id.toString()}`}
    </div>
  );
}

/** The token's display name from its metadata, or `#id`. */
export function NftName({
  uri,
  id,
}: {
  uri: string | null | undefined;
  id: bigint;
}) {
  const { result } = useNftMetadata(uri);
  const name = result?.kind === "inline" ? result.metadata.name : null;
  return <>{name ?? `Token #${id.toString()}`}</>;
}
