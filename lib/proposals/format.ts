import { formatAmount, formatEth } from "../format.ts";

/**
 * A token amount with its symbol and every significant digit, for proposal
 * actions where rounding would hide what is voted on: "1,500.25 CMN".
 */
export function formatTokenAmount(
  amount: bigint,
  decimals: number,
  symbol: string,
): string {
  return `${formatAmount(amount, decimals, decimals)} ${symbol}`;
}

/** Wei as ETH with every significant digit: "0.01 ETH". */
export function formatExactEth(wei: bigint): string {
  return formatEth(wei, 18);
}
