import {
  type Address,
  checksumAddress,
  isAddress,
  maxUint256,
  parseUnits,
  zeroAddress,
} from "viem";

/** A field's parsed value, or the message to show under the field. */
export type FieldResult<T> =
  { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(error: string): FieldResult<T> => ({ ok: false, error });

export interface AddressRules {
  /** Reject the zero address (a recipient there would burn what is sent). */
  allowZero?: boolean;
}

/**
 * Checks an address as typed. All-lowercase or all-uppercase hex is accepted;
 * mixed case must match its EIP-55 checksum, which catches most typos.
 */
export function validateAddress(
  input: string,
  { allowZero = false }: AddressRules = {},
): FieldResult<Address> {
  const text = input.trim();
  if (text === "") return fail("Enter an address.");
  if (!/^0x/i.test(text)) return fail("An address starts with 0x.");
  if (!/^0x[0-9a-fA-F]*$/.test(text)) {
    return fail("An address holds only the hex digits 0-9 and a-f after 0x.");
  }
  if (text.length !== 42) {
    return fail(
      `An address has 40 hex digits after 0x; this one has ${text.length - 2}.`,
    );
  }
  const digits = text.slice(2);
  const singleCase =
    digits === digits.toLowerCase() || digits === digits.toUpperCase();
  if (!singleCase && !isAddress(text, { strict: true })) {
    return fail(
      "The capitalisation does not match the address's checksum: check it for a typo.",
    );
  }
  if (!allowZero && text.toLowerCase() === zeroAddress) {
    return fail("The zero address would destroy whatever is sent to it.");
  }
  return ok(checksumAddress(`0x${digits.toLowerCase()}`));
}

export interface AmountRules {
  decimals: number;
  /** Unit named in messages, e.g. "ETH" or "CMN". */
  symbol: string;
  /** Largest allowed amount in base units, e.g. the treasury's balance. */
  max?: bigint;
  /** How to describe `max` in the message. */
  maxLabel?: string;
  allowZero?: boolean;
}

/** Parses a decimal amount with viem's `parseUnits`, checking its range. */
export function validateAmount(
  input: string,
  { decimals, symbol, max, maxLabel, allowZero = false }: AmountRules,
): FieldResult<bigint> {
  const text = input.trim().replace(/[_,\s]/g, "");
  if (text === "") return fail(`Enter an amount of ${symbol}.`);
  if (text.startsWith("-")) return fail("The amount cannot be negative.");
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) {
    return fail(`Enter a number, like 1.5 (in ${symbol}).`);
  }
  const fraction = text.split(".")[1] ?? "";
  if (fraction.length > decimals) {
    return fail(
      decimals === 0
        ? `${symbol} has no decimals: enter a whole number.`
        : `${symbol} has ${decimals} decimals: use at most ${decimals} digits after the point.`,
    );
  }

  const amount = parseUnits(text, decimals);
  if (amount > maxUint256) return fail("The amount is too large.");
  if (!allowZero && amount === 0n)
    return fail("The amount must be more than 0.");
  if (max !== undefined && amount > max) {
    return fail(maxLabel ?? "The amount is more than is available.");
  }
  return ok(amount);
}

export interface IntegerRules {
  min?: bigint;
  max?: bigint;
  /** What the number is, for messages: "token id", "seconds"… */
  label: string;
}

/** Parses a whole number within [min, max]. */
export function validateInteger(
  input: string,
  { min = 0n, max = maxUint256, label }: IntegerRules,
): FieldResult<bigint> {
  const text = input.trim().replace(/[_,\s]/g, "");
  if (text === "") return fail(`Enter a ${label}.`);
  if (!/^-?\d+$/.test(text))
    return fail(`The ${label} must be a whole number.`);
  const value = BigInt(text);
  if (value < min) return fail(`The ${label} must be at least ${min}.`);
  if (value > max) return fail(`The ${label} must be at most ${max}.`);
  return ok(value);
}

/** Limits on free text: base URIs, reasons, descriptions. */
export function validateText(
  input: string,
  {
    label,
    maxLength,
    required = true,
  }: {
    label: string;
    maxLength: number;
    required?: boolean;
  },
): FieldResult<string> {
  if (required && input.trim() === "") return fail(`Enter a ${label}.`);
  if (input.length > maxLength) {
    return fail(
      `The ${label} is ${input.length} characters long; the limit is ${maxLength}.`,
    );
  }
  return ok(input);
}
