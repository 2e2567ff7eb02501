import { type Address, checksumAddress, zeroAddress } from "viem";

/** The outcome of checking a typed address: the address, or what is wrong. */
export type AddressCheck =
  { ok: true; address: Address } | { ok: false; message: string };

export interface AddressRules {
  /**
   * Accept the zero address. Off by default: it belongs to no one, so what
   * is sent there is lost and votes delegated there count for nobody.
   */
  allowZero?: boolean;
}

const HEX_DIGITS = 40;

/**
 * Checks an address as the user types it: the one set of address rules and
 * messages of the app (forms and proposal templates alike). Accepts
 * all-lowercase or all-uppercase hex, and mixed case only with a valid
 * EIP-55 checksum, which catches most typos. Surrounding whitespace is
 * ignored. Returns the checksummed address, or one sentence that says what
 * is wrong and what to do.
 */
export function checkAddress(
  raw: string,
  { allowZero = false }: AddressRules = {},
): AddressCheck {
  const value = raw.trim();
  const fail = (message: string): AddressCheck => ({ ok: false, message });

  if (value === "") return fail("Enter an address.");
  if (!value.startsWith("0x")) return fail(prefixProblem(value));
  const digits = value.slice(2);
  const stray = /[^0-9a-fA-F]/u.exec(digits)?.[0];
  if (stray !== undefined) {
    return fail(
      "An address holds only the hex digits 0-9 and a-f after 0x: " +
        `remove or correct ${describeCharacter(stray)}.`,
    );
  }
  if (digits.length !== HEX_DIGITS) {
    return fail(
      `An address has ${HEX_DIGITS} hex digits after 0x; this one has ` +
        `${digits.length}: ` +
        (digits.length < HEX_DIGITS
          ? "check that none are missing."
          : "check for extra digits."),
    );
  }

  const address = checksumAddress(`0x${digits.toLowerCase()}`);
  const singleCase =
    digits === digits.toLowerCase() || digits === digits.toUpperCase();
  if (!singleCase && value !== address) {
    return fail(
      "The capitalisation does not match the address's checksum, so it " +
        "likely has a typo: copy it again from its source.",
    );
  }
  if (!allowZero && address === zeroAddress) {
    return fail(
      "The zero address belongs to no one: enter the address of a real account.",
    );
  }
  return { ok: true, address };
}

/** What is wrong with a value that does not start with `0x`. */
function prefixProblem(value: string): string {
  if (value.startsWith("0X")) {
    return "An address starts with 0x, with a lowercase x: change the capital X.";
  }
  if (new RegExp(`^[0-9a-fA-F]{${HEX_DIGITS}}$`).test(value)) {
    return "The address is missing its 0x prefix: add 0x in front of it.";
  }
  if (value.includes(".")) {
    return "Names like alice.eth are not supported here: enter the 0x address itself.";
  }
  return "An address starts with 0x: enter the whole address, 0x included.";
}

/**
 * A character as a message can name it: printable ASCII as itself, anything
 * else by its code point, so an invisible character or a letter from another
 * script that only looks like a hex digit is named for what it is.
 */
function describeCharacter(character: string): string {
  if (/^[!-~]$/.test(character)) return `the "${character}"`;
  if (character === " ") return "the space";
  const code = character.codePointAt(0)!.toString(16).toUpperCase();
  return `the character U+${code.padStart(4, "0")}`;
}
