import { type Address, getAddress, isAddress, zeroAddress } from "viem";

/** The outcome of checking a typed address: the address, or what is wrong. */
export type AddressCheck =
  { ok: true; address: Address } | { ok: false; message: string };

/**
 * Checks an address as the user types it and says what is wrong in one
 * sentence. Accepts all-lowercase or all-uppercase hex, and mixed case only
 * with a valid EIP-55 checksum.
 */
export function checkAddress(
  raw: string,
  { allowZero = false }: { allowZero?: boolean } = {},
): AddressCheck {
  const value = raw.trim();
  if (value === "") return { ok: false, message: "Enter an address." };
  if (!/^0x[0-9a-fA-F]*$/.test(value)) {
    return {
      ok: false,
      message: "An address starts with 0x followed by hex digits (0-9, a-f).",
    };
  }
  if (value.length !== 42) {
    return {
      ok: false,
      message: `An address has 40 hex digits after 0x; this has ${value.length - 2}.`,
    };
  }
  if (!isAddress(value, { strict: true })) {
    return {
      ok: false,
      message:
        "The checksum (upper/lower case) does not match: check for a typo.",
    };
  }
  const address = getAddress(value);
  if (!allowZero && address === zeroAddress) {
    return { ok: false, message: "The zero address cannot be used here." };
  }
  return { ok: true, address };
}
