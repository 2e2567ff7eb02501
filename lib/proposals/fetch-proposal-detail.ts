import type { Address, PublicClient } from "viem";

import { daoGovernorAbi, governanceTokenAbi } from "../../generated/abis.ts";
import { latestBlockNumber } from "../chain.ts";
import type { Deployment } from "../deployments.ts";
import {
  fetchProposalReads,
  lifecycleBlocks,
  summaryFromLog,
} from "./fetch-proposals.ts";
import { type Vote, votesFromLogs } from "./fetch-voters.ts";
import { type ProposalCreatedLog, fetchGovernorLogs } from "./governor-logs.ts";
import type { Proposal } from "./proposal.ts";

/** Thrown when no `ProposalCreated` log has the requested id. */
export class ProposalNotFoundError extends Error {
  override name = "ProposalNotFoundError";
  constructor(readonly proposalId: bigint) {
    super(`There is no proposal with id ${proposalId}.`);
  }
}

export interface ProposalDetail {
  proposal: Proposal;
  votes: Vote[];
  /** Chain timestamps (seconds) of the lifecycle events that happened. */
  times: {
    created: bigint;
    queued?: bigint;
    executed?: bigint;
    canceled?: bigint;
  };
}

/**
 * One proposal with its voters and the times of its lifecycle events: one
 * log range, one multicall for its current values, and one block read per
 * event that happened (at most four), however many proposals there are.
 */
export async function fetchProposalDetail(
  client: PublicClient,
  deployment: Deployment,
  id: bigint,
): Promise<ProposalDetail> {
  const blockNumber = await latestBlockNumber(client);
  const logs = await fetchGovernorLogs(client, deployment, blockNumber);
  const createdLog = logs.find(
    (log): log is ProposalCreatedLog =>
      log.eventName === "ProposalCreated" && log.args.proposalId === id,
  );
  if (!createdLog) throw new ProposalNotFoundError(id);
  const [read] = await fetchProposalReads(
    client,
    deployment,
    [summaryFromLog(createdLog)],
    { blockNumber },
  );
  const proposal = { ...read, ...lifecycleBlocks(logs).get(id) };

  const timeOf = async (block: bigint | undefined) =>
    block === undefined
      ? undefined
      : (await client.getBlock({ blockNumber: block })).timestamp;
  const [created, queued, executed, canceled] = await Promise.all([
    timeOf(proposal.createdBlock),
    timeOf(proposal.queuedBlock),
    timeOf(proposal.executedBlock),
    timeOf(proposal.canceledBlock),
  ]);
  return {
    proposal,
    votes: votesFromLogs(logs, id),
    times: { created: created!, queued, executed, canceled },
  };
}

export interface VoterStatus {
  hasVoted: boolean;
  /** Votes the account casts on this proposal (at its snapshot). */
  weight: bigint;
  /** True while the snapshot is still ahead: `weight` is today's votes. */
  provisional: boolean;
}

/** Whether `account` has voted on the proposal and with how many votes. */
export async function fetchVoterStatus(
  client: PublicClient,
  deployment: Deployment,
  proposal: Pick<Proposal, "id" | "voteStart">,
  account: Address,
): Promise<VoterStatus> {
  const governor = {
    address: deployment.contracts.DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  const [hasVoted, clock, current] = await client.multicall({
    contracts: [
      { ...governor, functionName: "hasVoted", args: [proposal.id, account] },
      { ...governor, functionName: "clock" },
      {
        address: deployment.contracts.GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "getVotes",
        args: [account],
      },
    ],
    allowFailure: false,
    deployless: true,
  });
  if (proposal.voteStart >= BigInt(clock)) {
    return { hasVoted, weight: current, provisional: true };
  }
  const weight = await client.readContract({
    ...governor,
    functionName: "getVotes",
    args: [account, proposal.voteStart],
  });
  return { hasVoted, weight, provisional: false };
}
