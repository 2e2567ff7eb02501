import { type Address, type PublicClient, zeroAddress } from "viem";

import { daoGovernorAbi, governanceTokenAbi } from "../../generated/abis.ts";
import type { Deployment } from "../deployments.ts";
import { formatTokenAmount } from "./format.ts";

export interface ThresholdCheck {
  /** True when `propose` would accept the account's votes now. */
  enough: boolean;
  /** Votes at clock() - 1, the timepoint `propose` checks. */
  votes: bigint;
  /** Votes delegated to the account right now (count from the next second). */
  currentVotes: bigint;
  threshold: bigint;
  /** The situation in one or two sentences. */
  message: string;
}

/**
 * Compares the account's votes at `clock() - 1` (what the governor checks)
 * with `proposalThreshold()`, and says how much is missing.
 */
export async function checkThreshold(
  client: PublicClient,
  deployment: Deployment,
  account: Address,
): Promise<ThresholdCheck> {
  const governor = {
    address: deployment.contracts.DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  const token = {
    address: deployment.contracts.GovernanceToken.address,
    abi: governanceTokenAbi,
  } as const;
  const [clock, threshold, currentVotes, symbol, decimals, balance, delegate] =
    await client.multicall({
      contracts: [
        { ...governor, functionName: "clock" },
        { ...governor, functionName: "proposalThreshold" },
        { ...token, functionName: "getVotes", args: [account] },
        { ...token, functionName: "symbol" },
        { ...token, functionName: "decimals" },
        { ...token, functionName: "balanceOf", args: [account] },
        { ...token, functionName: "delegates", args: [account] },
      ],
      allowFailure: false,
      deployless: true,
    });
  const votes = await client.readContract({
    ...governor,
    functionName: "getVotes",
    args: [account, BigInt(clock) - 1n],
  });

  const amount = (value: bigint) => formatTokenAmount(value, decimals, symbol);
  const enough = votes >= threshold;
  let message: string;
  if (enough) {
    message = `You have ${amount(votes)} of voting power; proposing needs ${amount(threshold)}.`;
  } else if (currentVotes >= threshold) {
    message =
      `Your ${amount(currentVotes)} of delegated votes count from the next second: ` +
      `proposing needs ${amount(threshold)} at the previous second, so try again in a moment.`;
  } else {
    message =
      `You have ${amount(votes)} of voting power but proposing needs ` +
      `${amount(threshold)}: get ${amount(threshold - votes)} more delegated ` +
      "to you (delegating to yourself counts too); delegated votes count " +
      "from the next second.";
    if (balance > 0n && delegate === zeroAddress) {
      message +=
        ` The ${amount(balance)} you hold count only once you delegate ` +
        "them, to yourself or to someone else.";
    }
  }
  return { enough, votes, currentVotes, threshold, message };
}
