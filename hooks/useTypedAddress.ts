"use client";

import { useState } from "react";
import type { Address } from "viem";

import { checkAddress } from "@/lib/address.ts";
import {
  type AddressMatch,
  blocksSubmission,
  recognizeAddress,
} from "@/lib/recognize-address.ts";

import { useKnownAddresses } from "./useKnownAddresses.ts";

/** The props of `<AddressField>` that follow from the typed text. */
export interface TypedAddressField {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  match: AddressMatch | null;
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
}

/**
 * An address field's state: the text as typed (kept whatever happens), its
 * check, which known address it is or imitates, and the user's confirmation
 * of a lookalike, which holds only for the address confirmed.
 */
export function useTypedAddress(): {
  field: TypedAddressField;
  /** The address to use: valid, and not an unconfirmed lookalike. */
  address: Address | undefined;
} {
  const known = useKnownAddresses();
  const [text, setText] = useState("");
  const [confirmedFor, setConfirmedFor] = useState<Address | null>(null);

  const check = checkAddress(text);
  const match = check.ok ? recognizeAddress(check.address, known) : null;
  const confirmed = check.ok && confirmedFor === check.address;

  return {
    field: {
      value: text,
      onChange: setText,
      error: check.ok ? undefined : check.message,
      match,
      confirmed,
      onConfirmedChange: (yes) =>
        setConfirmedFor(yes && check.ok ? check.address : null),
    },
    address:
      check.ok && !blocksSubmission(match, confirmed)
        ? check.address
        : undefined,
  };
}
