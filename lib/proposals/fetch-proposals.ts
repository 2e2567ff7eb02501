import {
  type ContractFunctionParameters,
  type PublicClient,
  keccak256,
  toBytes,
} from "viem";

import { daoGovernorAbi } from "../../generated/abis.ts";
import { latestBlockNumber } from "../chain.ts";
import type { Deployment } from "../deployments.ts";
import { readMany } from "../multicall.ts";
import { type GovernorLog, fetchGovernorLogs } from "./governor-logs.ts";
import { type Proposal, proposalStateName } from "./proposal.ts";
import { proposalTitle } from "./title.ts";

/**
 * Proposals read per multicall. Each takes five reads with about 870 bytes of
 * results and 1 KiB of calldata; a deployless multicall (the local node) must
 * stay under 24 KiB of results (EIP-170) and 48 KiB of init code (EIP-3860).
 * The chunks are sent together, so the HTTP transport batches them into one
 * request however many proposals there are.
 */
export const PROPOSALS_PER_CALL = 16;

export interface FetchProposalsOptions {
  /** Logs already fetched (for example to share them with the voters list). */
  logs?: GovernorLog[];
  /** Block to read at; the latest by default. */
  blockNumber?: bigint;
}

type CreatedLog = Extract<GovernorLog, { eventName: "ProposalCreated" }>;

/**
 * Lists every proposal of the deployment's governor, newest first: created
 * proposals come from `ProposalCreated` logs fetched in one range, and their
 * state, votes, deadline, eta and quorum from batched multicalls (a few
 * requests for all proposals together, never one per proposal).
 */
export async function fetchProposals(
  client: PublicClient,
  deployment: Deployment,
  options: FetchProposalsOptions = {},
): Promise<Proposal[]> {
  const blockNumber = options.blockNumber ?? (await latestBlockNumber(client));
  const logs =
    options.logs ?? (await fetchGovernorLogs(client, deployment, blockNumber));
  const created = logs.filter(
    (log): log is CreatedLog => log.eventName === "ProposalCreated",
  );
  if (created.length === 0) return [];

  const governor = {
    address: deployment.contracts.DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  const perProposal = (proposalId: bigint, voteStart: bigint) =>
    [
      { ...governor, functionName: "state", args: [proposalId] },
      { ...governor, functionName: "proposalVotes", args: [proposalId] },
      { ...governor, functionName: "proposalDeadline", args: [proposalId] },
      { ...governor, functionName: "proposalEta", args: [proposalId] },
      { ...governor, functionName: "quorum", args: [voteStart] },
    ] as const satisfies ContractFunctionParameters[];
  const chunks: CreatedLog[][] = [];
  for (let i = 0; i < created.length; i += PROPOSALS_PER_CALL) {
    chunks.push(created.slice(i, i + PROPOSALS_PER_CALL));
  }
  // The list is built at run time, so results are typed loosely and read
  // back by position below: the clock first, then five reads per proposal.
  const reads: { status: string; result?: unknown; error?: Error }[] = (
    await Promise.all(
      chunks.map((chunk, i) =>
        readMany(
          client,
          [
            ...(i === 0
              ? [{ ...governor, functionName: "clock" } as const]
              : []),
            ...chunk.flatMap(({ args }) =>
              perProposal(args.proposalId, args.voteStart),
            ),
          ],
          true,
          blockNumber,
        ),
      ),
    )
  ).flat();

  const required = <T>(index: number): T => {
    const read = reads[index];
    if (read.status === "failure") {
      throw read.error ?? new Error(`multicall read ${index} failed`);
    }
    return read.result as T;
  };
  const quorumIndex = (proposal: number) => 5 + proposal * 5;
  const clock = required<number>(0);

  let pendingQuorum = 0n;
  if (created.some((_, i) => reads[quorumIndex(i)].status === "failure")) {
    // quorum(t) only answers for past timepoints: a Pending proposal shows the
    // quorum as of the last second until its snapshot arrives.
    pendingQuorum = await client.readContract({
      ...governor,
      functionName: "quorum",
      args: [BigInt(clock) - 1n],
      blockNumber,
    });
  }

  const lifecycle = lifecycleBlocks(logs);
  const proposals = created.map((log, index): Proposal => {
    const base = 1 + index * 5;
    const state = required<number>(base);
    const [against, forVotes, abstain] = required<
      readonly [bigint, bigint, bigint]
    >(base + 1);
    const quorumRead = reads[quorumIndex(index)];
    const { proposalId, proposer, targets, calldatas, description } = log.args;
    const events = lifecycle.get(proposalId);
    return {
      id: proposalId,
      proposer,
      actions: targets.map((target, i) => ({
        target,
        value: log.args.values[i] ?? 0n,
        calldata: calldatas[i] ?? "0x",
      })),
      description,
      descriptionHash: keccak256(toBytes(description)),
      title: proposalTitle(description),
      createdBlock: log.blockNumber,
      createdTx: log.transactionHash,
      voteStart: log.args.voteStart,
      voteEnd: required<bigint>(base + 2),
      state: proposalStateName(state),
      tally: { against, for: forVotes, abstain },
      quorum:
        quorumRead.status === "success"
          ? (quorumRead.result as bigint)
          : pendingQuorum,
      eta: required<bigint>(base + 3),
      ...events,
    };
  });
  return proposals.reverse();
}

type LifecycleBlocks = Pick<
  Proposal,
  "queuedBlock" | "executedBlock" | "canceledBlock" | "extendedTo"
>;

function lifecycleBlocks(logs: GovernorLog[]): Map<bigint, LifecycleBlocks> {
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
