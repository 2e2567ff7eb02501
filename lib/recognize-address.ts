import { type Address, checksumAddress } from "viem";

import { CONTRACT_NAMES, type Deployment } from "./deployments.ts";
import { SHORT_ADDRESS_DIGITS } from "./format.ts";

/** An address the user knows, and how a sentence names it. */
export interface KnownAddress {
  address: Address;
  /** "the Treasury", "your connected account". */
  name: string;
}

/** What a typed address is, or which known address it imitates. */
export type AddressMatch =
  | { kind: "exact"; known: KnownAddress; message: string }
  | { kind: "lookalike"; known: KnownAddress; message: string };

/**
 * The addresses a typed one is compared with: the DAO's contracts, from the
 * deployment record (never from a link or a form), and the connected
 * account, if any.
 */
export function knownAddresses(
  deployment: Deployment,
  account?: Address,
): KnownAddress[] {
  const known: KnownAddress[] = CONTRACT_NAMES.map((name) => ({
    address: deployment.contracts[name].address,
    name: `the ${name}`,
  }));
  if (account !== undefined) {
    known.push({ address: account, name: "your connected account" });
  }
  return known;
}

/**
 * Says whether `address` is one of `known` (a quiet hint: "This is the
 * Treasury.") or only looks like one (a warning): a different address with
 * the same first and last {@link SHORT_ADDRESS_DIGITS} hex digits, all that
 * wallets and `shortAddress` show, compared case-insensitively. Returns
 * `null` for an unrelated address. An exact match wins over a lookalike.
 *
 * A lookalike blocks submission until the user confirms it, in every form
 * that takes a typed address (delegation, NFT transfer, proposal actions).
 * A random address shares both ends with a given one about once in 4
 * billion (16^8), so a lookalike is almost always address poisoning: an
 * attacker's address planted in the user's history to be copied by mistake.
 * An NFT transfer or an executed proposal cannot be undone, and a
 * delegation, though reversible, lends the attacker votes until noticed.
 * It is not refused outright, since someone may truly mean such an address
 * (a vanity address): ticking that every digit was compared lets it through.
 *
 * NOTE: only the ends are compared. A wallet that shows more digits than
 * these is covered too; one that shows fewer would need a shorter match.
 */
export function recognizeAddress(
  address: Address,
  known: readonly KnownAddress[],
): AddressMatch | null {
  const typed = address.toLowerCase();

  const same = known.find((entry) => entry.address.toLowerCase() === typed);
  if (same) {
    return { kind: "exact", known: same, message: `This is ${same.name}.` };
  }

  const ends = (value: string) => [
    value.slice(2, 2 + SHORT_ADDRESS_DIGITS),
    value.slice(-SHORT_ADDRESS_DIGITS),
  ];
  const [prefix, suffix] = ends(typed);
  const imitated = known.find((entry) => {
    const [knownPrefix, knownSuffix] = ends(entry.address.toLowerCase());
    return knownPrefix === prefix && knownSuffix === suffix;
  });
  if (!imitated) return null;
  return {
    kind: "lookalike",
    known: imitated,
    message:
      `This looks like ${imitated.name} but is a different address: ` +
      `compare every digit with ${checksumAddress(imitated.address)}.`,
  };
}

/**
 * Whether `match` holds a submission back: a lookalike the user has not
 * confirmed (see {@link recognizeAddress} for why).
 */
export function blocksSubmission(
  match: AddressMatch | null,
  confirmed: boolean,
): boolean {
  return match?.kind === "lookalike" && !confirmed;
}
