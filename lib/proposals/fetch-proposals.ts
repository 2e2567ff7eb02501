import {
  type ContractFunctionParameters,
  type MulticallResponse,
  type PublicClient,
  keccak256,
  toBytes,
} from "viem";

import { daoGovernorAbi, governanceTokenAbi } from "../../generated/abis.ts";
import { latestBlockNumber } from "../chain.ts";
import type { Deployment } from "../deployments.ts";
import { readInChunks, resultOf } from "../multicall.ts";
import {
  type GovernorLog,
  type ProposalCreatedLog,
  fetchProposalCreatedLogs,
} from "./governor-logs.ts";
import {
  type Proposal,
  type ProposalState,
  type ProposalSummary,
  proposalStateName,
} from "./proposal.ts";
import { proposalTitle } from "./title.ts";

/**
 * Proposals whose current values one multicall reads. Each takes five reads
 * with about 870 bytes of results and 1 KiB of calldata; a deployless
 * multicall (the local node) must stay under 24 KiB of results (EIP-170) and
 * 48 KiB of init code (EIP-3860).
 */
export const PROPOSALS_PER_CALL = 16;

/**
 * `state` reads per multicall: 160 bytes of results and 224 of calldata
 * each, so 120 stay well below both deployless limits (19 KiB of results,
 * 27 KiB of calldata beside 6 KiB of Multicall3 code).
 */
export const STATES_PER_CALL = 120;

/** Where in the chain to read; the latest block by default. */
export interface ReadAt {
  blockNumber?: bigint;
}

/** A proposal's unchanging part, from its `ProposalCreated` log. */
export function summaryFromLog(log: ProposalCreatedLog): ProposalSummary {
  const { proposalId, proposer, targets, values, calldatas, description } =
    log.args;
  return {
    id: proposalId,
    proposer,
    actions: targets.map((target, i) => ({
      target,
      value: values[i] ?? 0n,
      calldata: calldatas[i] ?? "0x",
    })),
    description,
    descriptionHash: keccak256(toBytes(description)),
    title: proposalTitle(description),
    createdBlock: log.blockNumber,
    createdTx: log.transactionHash,
    voteStart: log.args.voteStart,
  };
}

/**
 * Every proposal of the deployment's governor as its creation event tells
 * it, newest first, from `ProposalCreated` logs fetched in one range (votes
 * and other events are left to the pages that show them).
 */
export async function fetchProposalSummaries(
  client: PublicClient,
  deployment: Deployment,
  { blockNumber }: ReadAt = {},
): Promise<ProposalSummary[]> {
  const logs = await fetchProposalCreatedLogs(client, deployment, blockNumber);
  return logs.map(summaryFromLog).reverse();
}

/**
 * The governor's `state` of each of `ids`, in order: `STATES_PER_CALL` per
 * multicall, all sent together so that a batching transport makes one
 * request. Filtering a list by state needs every proposal's; the other
 * reads are made only for the rows shown.
 */
export async function fetchProposalStates(
  client: PublicClient,
  deployment: Deployment,
  ids: readonly bigint[],
  { blockNumber }: ReadAt = {},
): Promise<ProposalState[]> {
  const address = deployment.contracts.DAOGovernor.address;
  const reads = await readInChunks(
    client,
    ids.map((id) => ({
      address,
      abi: daoGovernorAbi,
      functionName: "state",
      args: [id],
    })),
    STATES_PER_CALL,
    blockNumber,
  );
  return reads.map((read) => proposalStateName(resultOf(read) as number));
}

/**
 * The reads that make the quorum as of now: supply × numerator /
 * denominator. `quorum(t)` only answers for past timepoints, so a Pending
 * proposal shows this one until its snapshot arrives.
 */
function currentQuorumReads(deployment: Deployment) {
  const governor = deployment.contracts.DAOGovernor.address;
  return [
    { address: governor, abi: daoGovernorAbi, functionName: "quorumNumerator" },
    {
      address: governor,
      abi: daoGovernorAbi,
      functionName: "quorumDenominator",
    },
    {
      address: deployment.contracts.GovernanceToken.address,
      abi: governanceTokenAbi,
      functionName: "totalSupply",
    },
  ] as const satisfies ContractFunctionParameters[];
}

/**
 * Completes `summaries` with their current state, votes, deadline, eta and
 * quorum, in order: `PROPOSALS_PER_CALL` proposals per multicall, all sent
 * together (one request through a batching transport).
 */
export async function fetchProposalReads(
  client: PublicClient,
  deployment: Deployment,
  summaries: readonly ProposalSummary[],
  { blockNumber }: ReadAt = {},
): Promise<Proposal[]> {
  if (summaries.length === 0) return [];
  const governor = {
    address: deployment.contracts.DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  const perProposal = ({ id, voteStart }: ProposalSummary) =>
    [
      { ...governor, functionName: "state", args: [id] },
      { ...governor, functionName: "proposalVotes", args: [id] },
      { ...governor, functionName: "proposalDeadline", args: [id] },
      { ...governor, functionName: "proposalEta", args: [id] },
      // Fails while the snapshot is ahead: then the current quorum shows.
      { ...governor, functionName: "quorum", args: [voteStart] },
    ] as const satisfies ContractFunctionParameters[];
  const READS = 5;
  // Built at run time, so results are typed loosely and read back by
  // position: five per proposal, then the current quorum's three.
  const reads = await readInChunks(
    client,
    [...summaries.flatMap(perProposal), ...currentQuorumReads(deployment)],
    PROPOSALS_PER_CALL * READS,
    blockNumber,
  );
  const [numerator, denominator, supply] = reads
    .slice(summaries.length * READS)
    .map((read) => resultOf(read) as bigint);
  const currentQuorum = (supply * numerator) / denominator;

  return summaries.map((summary, index): Proposal => {
    const base = index * READS;
    const [against, forVotes, abstain] = resultOf(reads[base + 1]) as readonly [
      bigint,
      bigint,
      bigint,
    ];
    const quorum: MulticallResponse = reads[base + 4];
    return {
      ...summary,
      state: proposalStateName(resultOf(reads[base]) as number),
      tally: { against, for: forVotes, abstain },
      voteEnd: resultOf(reads[base + 2]) as bigint,
      eta: resultOf(reads[base + 3]) as bigint,
      quorum:
        quorum.status === "success" ? (quorum.result as bigint) : currentQuorum,
    };
  });
}

/**
 * Every proposal with its current reads, newest first, all read at one
 * block: the summaries from one log range, then the reads in batched
 * multicalls. A page that shows a few rows reads the summaries and states
 * (see `fetchProposalIndex`) and completes only those rows.
 */
export async function fetchProposals(
  client: PublicClient,
  deployment: Deployment,
  { blockNumber }: ReadAt = {},
): Promise<Proposal[]> {
  const at = blockNumber ?? (await latestBlockNumber(client));
  const summaries = await fetchProposalSummaries(client, deployment, {
    blockNumber: at,
  });
  return fetchProposalReads(client, deployment, summaries, { blockNumber: at });
}

/** A proposal as a list indexes it: its creation event and current state. */
export type IndexedProposal = ProposalSummary & { state: ProposalState };

/**
 * Every proposal's summary and state, newest first, read at one block: one
 * log range and one batch of `state` reads, whatever the number of
 * proposals. Enough to filter, search and paginate a list; the rows shown
 * are then completed with {@link fetchProposalReads}.
 */
export async function fetchProposalIndex(
  client: PublicClient,
  deployment: Deployment,
  { blockNumber }: ReadAt = {},
): Promise<IndexedProposal[]> {
  const at = blockNumber ?? (await latestBlockNumber(client));
  const summaries = await fetchProposalSummaries(client, deployment, {
    blockNumber: at,
  });
  const states = await fetchProposalStates(
    client,
    deployment,
    summaries.map((summary) => summary.id),
    { blockNumber: at },
  );
  return summaries.map((summary, i) => ({ ...summary, state: states[i] }));
}

type LifecycleBlocks = Pick<
  Proposal,
  "queuedBlock" | "executedBlock" | "canceledBlock" | "extendedTo"
>;

/**
 * The blocks of each proposal's later lifecycle events (queued, executed,
 * canceled) and its extended deadline, if any, from the governor's logs.
 */
export function lifecycleBlocks(
  logs: readonly GovernorLog[],
): Map<bigint, LifecycleBlocks> {
  const byId = new Map<bigint, LifecycleBlocks>();
  const entry = (id: bigint) => {
    let found = byId.get(id);
    if (!found) byId.set(id, (found = {}));
    return found;
  };
  for (const log of logs) {
    switch (log.eventName) {
      case "ProposalQueued":
        entry(log.args.proposalId).queuedBlock = log.blockNumber;
        break;
      case "ProposalExecuted":
        entry(log.args.proposalId).executedBlock = log.blockNumber;
        break;
      case "ProposalCanceled":
        entry(log.args.proposalId).canceledBlock = log.blockNumber;
        break;
      case "ProposalExtended":
        entry(log.args.proposalId).extendedTo = BigInt(
          log.args.extendedDeadline,
        );
        break;
    }
  }
  return byId;
}
