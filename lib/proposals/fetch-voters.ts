import type { Address, Hash, PublicClient } from "viem";

import type { Deployment } from "../deployments.ts";
import { type GovernorLog, fetchGovernorLogs } from "./governor-logs.ts";

export const VOTE_CHOICES = ["Against", "For", "Abstain"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface Vote {
  voter: Address;
  choice: VoteChoice;
  weight: bigint;
  reason: string;
  blockNumber: bigint;
  transactionHash: Hash;
}

/** The votes on `proposalId` among governor logs, heaviest first. */
export function votesFromLogs(logs: GovernorLog[], proposalId: bigint): Vote[] {
  const votes: Vote[] = [];
  for (const log of logs) {
    if (
      log.eventName !== "VoteCast" &&
      log.eventName !== "VoteCastWithParams"
    ) {
      continue;
    }
    if (log.args.proposalId !== proposalId) continue;
    votes.push({
      voter: log.args.voter,
      choice: VOTE_CHOICES[log.args.support] ?? "Abstain",
      weight: log.args.weight,
      reason: log.args.reason,
      blockNumber: log.blockNumber,
      transactionHash: log.transactionHash,
    });
  }
  return votes.sort((a, b) =>
    a.weight === b.weight ? 0 : a.weight > b.weight ? -1 : 1,
  );
}

/**
 * Lists who voted on a proposal, from `VoteCast` and `VoteCastWithParams`
 * logs (the proposal id is not indexed, so all vote logs are read in one
 * range and filtered here).
 */
export async function fetchVoters(
  client: PublicClient,
  deployment: Deployment,
  proposalId: bigint,
): Promise<Vote[]> {
  return votesFromLogs(await fetchGovernorLogs(client, deployment), proposalId);
}
