import { type Address, maxUint256, parseUnits } from "viem";

import { type AddressRules, checkAddress } from "../address.ts";

/** A field's parsed value, or the message to show under the field. */
export type FieldResult<T> =
  { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(error: string): FieldResult<T> => ({ ok: false, error });

/**
 * {@link checkAddress} as a {@link FieldResult}, for the proposal templates:
 * the rules and messages live in `lib/address.ts` only.
 */
export function validateAddress(
  input: string,
  rules: AddressRules = {},
): FieldResult<Address> {
  const check = checkAddress(input, rules);
  return check.ok ? ok(check.address) : fail(check.message);
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

/**
 * `text` without its thousands separators, or `null` when a separator is
 * not one: digits before the point may be grouped in threes by commas,
 * underscores or spaces (one kind throughout, "1,250,000.5"); anything else
 * is ambiguous ("1,5" is one and a half in much of the world, 15 here if
 * the comma were dropped), so it is refused rather than guessed.
 */
export function withoutDigitGroups(text: string): string | null {
  if (!/[,_\s]/.test(text)) return text;
  const [whole, fraction] = text.split(".", 2) as [string, string?];
  if (fraction !== undefined && /[,_\s]/.test(fraction)) return null;
  if (!/^-?\d{1,3}(?:([,_ ])\d{3})(?:\1\d{3})*$/.test(whole)) return null;
  return text.replace(/[,_ ]/g, "");
}

const GROUPING_MESSAGE =
  "Write decimals with a point and group thousands in threes, like 1,250.5.";

/** Parses a decimal amount with viem's `parseUnits`, checking its range. */
export function validateAmount(
  input: string,
  { decimals, symbol, max, maxLabel, allowZero = false }: AmountRules,
): FieldResult<bigint> {
  const trimmed = input.trim();
  if (trimmed === "") return fail(`Enter an amount of ${symbol}.`);
  const text = withoutDigitGroups(trimmed);
  if (text === null) return fail(GROUPING_MESSAGE);
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
  const trimmed = input.trim();
  if (trimmed === "") return fail(`Enter a ${label}.`);
  const text = withoutDigitGroups(trimmed);
  if (text === null) {
    return fail(`The ${label} must be a whole number, like 1500 or 1,500.`);
  }
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

/**
 * Checks a base URI for the NFT collection. Token metadata is then read from
 * `baseURI + id`, and the app loads it only from `https://` and `ipfs://`
 * (see `lib/nft-metadata.ts`), so any other scheme would leave every token
 * blank in the app; an empty URI restores the on-chain art.
 */
export function validateBaseUri(
  input: string,
  { maxLength }: { maxLength: number },
): FieldResult<string> {
  const text = input.trim();
  if (text === "") return ok("");
  if (text.length > maxLength) {
    return fail(
      `The base URI is ${text.length} characters long; the limit is ${maxLength}.`,
    );
  }
  const message =
    "Enter an https:// or ipfs:// address, like ipfs://<folder CID>/, " +
    "or leave the field empty to restore the on-chain art.";
  if (/\s/.test(text)) return fail(message);
  if (/^ipfs:\/\/[^/]/i.test(text)) return ok(text);
  try {
    const url = new URL(text);
    if (url.protocol !== "https:" || url.username || url.password) {
      return fail(message);
    }
  } catch {
    return fail(message);
  }
  return ok(text);
}
