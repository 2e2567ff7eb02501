import { formatUnits } from "viem";

/**
 * Hex digits {@link shortAddress} keeps at each end, as most wallets do: all
 * of an address that a glance takes in, so what a lookalike imitates.
 */
export const SHORT_ADDRESS_DIGITS = 4;

/** Shortens an address to `0x1234…abcd` for display. */
export function shortAddress(address: string): string {
  if (address.length < 12) return address;
  return (
    `${address.slice(0, 2 + SHORT_ADDRESS_DIGITS)}…` +
    address.slice(-SHORT_ADDRESS_DIGITS)
  );
}

/**
 * Formats a fixed-point amount with at most `maxFraction` fraction digits,
 * thousands separators and no trailing zeros: `1234500000000000000000n`
 * → `"1,234.5"`.
 */
export function formatAmount(
  value: bigint,
  decimals = 18,
  maxFraction = 4,
): string {
  const negative = value < 0n;
  const [whole, fraction = ""] = formatUnits(
    negative ? -value : value,
    decimals,
  ).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const trimmed = fraction.slice(0, maxFraction).replace(/0+$/, "");
  const small = value !== 0n && grouped === "0" && trimmed === "";
  const text = small
    ? `<0.${"0".repeat(maxFraction - 1)}1`
    : trimmed
      ? `${grouped}.${trimmed}`
      : grouped;
  return negative ? `-${text}` : text;
}

/** `formatAmount` plus a unit: `"1.5 ETH"`. */
export function formatEth(wei: bigint, maxFraction = 4): string {
  return `${formatAmount(wei, 18, maxFraction)} ETH`;
}

/** Formats a number of seconds as `1 h 2 min`, `45 s` or `3 d 4 h`. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const rest = seconds % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0)
    return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0)
    return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
  return `${rest} s`;
}

/** Formats a unix timestamp (seconds) as an ISO-like UTC date and time. */
export function formatTimestamp(seconds: number | bigint): string {
  const date = new Date(Number(seconds) * 1000);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
