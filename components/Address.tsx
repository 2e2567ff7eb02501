"use client";

import { useState } from "react";

import { shortAddress } from "@/lib/format.ts";

/** An address shortened for display, full in its title and accessible name. */
export function Address({
  address,
  you,
}: {
  address: string;
  /** Marks the connected account's own address. */
  you?: boolean;
}) {
  return (
    <span className="address" title={address}>
      <span aria-hidden="true">{shortAddress(address)}</span>
      <span className="visually-hidden">{address}</span>
      {you && <span className="badge">you</span>}
    </span>
  );
}

/** An address button that copies the full address to the clipboard. */
export function CopyAddress({
  address,
  label,
}: {
  address: string;
  label: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet address"
      title={`${address} (click to copy)`}
      aria-label={`Copy address ${address}`}
      onClick={() => {
        navigator.clipboard?.writeText(address).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1_500);
          },
          () => setCopied(false),
        );
      }}
    >
      {copied ? "Copied" : label}
    </button>
  );
}
