"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";

import {
  fetchMetadata,
  parseTokenUri,
  type TokenUriResult,
} from "@/lib/nft-metadata.ts";

/**
 * A token's metadata from its URI: decoded at once for data: URIs, fetched
 * (capped, with a timeout) for https / ipfs ones. Never throws.
 */
export function useNftMetadata(uri: string | null | undefined): {
  result: TokenUriResult | undefined;
  loading: boolean;
} {
  const parsed = useMemo(
    () => (uri === undefined ? undefined : parseTokenUri(uri)),
    [uri],
  );
  const remoteUrl = parsed?.kind === "remote" ? parsed.url : null;
  const remote = useQuery({
    queryKey: ["nft-metadata", remoteUrl],
    queryFn: () => fetchMetadata(remoteUrl as string),
    enabled: remoteUrl !== null,
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (parsed?.kind === "remote") {
    return { result: remote.data, loading: remote.isPending };
  }
  return { result: parsed, loading: false };
}
