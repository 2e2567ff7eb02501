import {
  type ContractEventName,
  type GetContractEventsReturnType,
  type PublicClient,
  BaseError,
  LimitExceededRpcError,
} from "viem";

import { daoGovernorAbi } from "../../generated/abis.ts";
import { latestBlockNumber } from "../chain.ts";
import type { Deployment } from "../deployments.ts";

export type GovernorLog = GetContractEventsReturnType<
  typeof daoGovernorAbi,
  ContractEventName<typeof daoGovernorAbi> | undefined,
  true
>[number];

/** A decoded `ProposalCreated` event. */
export type ProposalCreatedLog = Extract<
  GovernorLog,
  { eventName: "ProposalCreated" }
>;

/** Messages public RPCs use when a log query spans too much. */
const RANGE_LIMIT_MESSAGE =
  /block range|range (is )?too|too many (blocks|results|logs)|limit exceeded|returned more than/i;

/** True when an RPC error says the block range or result was too large. */
function isRangeLimitError(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  const limited = error.walk((cause) => {
    if (cause instanceof LimitExceededRpcError) return true;
    const text = (cause as Error).message ?? "";
    return RANGE_LIMIT_MESSAGE.test(text);
  });
  return limited !== null;
}

/** Blocks `fromBlock` to `toBlock`, both included. */
export interface BlockRange {
  fromBlock: bigint;
  toBlock: bigint;
}

/**
 * Runs the log query `read` over `range` in one request, splitting the range
 * in halves only when the node refuses it as too large.
 */
export async function getLogsInRange<T>(
  range: BlockRange,
  read: (range: BlockRange) => Promise<T[]>,
): Promise<T[]> {
  const { fromBlock, toBlock } = range;
  try {
    return await read(range);
  } catch (error) {
    if (toBlock <= fromBlock || !isRangeLimitError(error)) throw error;
    const middle = (fromBlock + toBlock) / 2n;
    const first = await getLogsInRange({ fromBlock, toBlock: middle }, read);
    const second = await getLogsInRange(
      { fromBlock: middle + 1n, toBlock },
      read,
    );
    return [...first, ...second];
  }
}

/** The governor's blocks: from its deployment to `toBlock` (the latest). */
async function governorHistory(
  client: PublicClient,
  deployment: Deployment,
  toBlock?: bigint,
): Promise<BlockRange> {
  return {
    fromBlock: BigInt(deployment.contracts.DAOGovernor.deployBlock),
    toBlock: toBlock ?? (await latestBlockNumber(client)),
  };
}

/**
 * Every event the governor has emitted, from its deploy block to `toBlock`
 * (the latest block by default), in chain order.
 */
export async function fetchGovernorLogs(
  client: PublicClient,
  deployment: Deployment,
  toBlock?: bigint,
): Promise<GovernorLog[]> {
  const address = deployment.contracts.DAOGovernor.address;
  return getLogsInRange(
    await governorHistory(client, deployment, toBlock),
    // Without an event name, viem's types lose `strict`; the logs are
    // decoded strictly all the same.
    (range) =>
      client.getContractEvents({
        abi: daoGovernorAbi,
        address,
        ...range,
        strict: true,
      }) as Promise<GovernorLog[]>,
  );
}

/**
 * Every `ProposalCreated` event of the governor up to `toBlock` (the latest
 * block by default), in chain order: what lists need, without the votes.
 */
export async function fetchProposalCreatedLogs(
  client: PublicClient,
  deployment: Deployment,
  toBlock?: bigint,
): Promise<ProposalCreatedLog[]> {
  const address = deployment.contracts.DAOGovernor.address;
  return getLogsInRange(
    await governorHistory(client, deployment, toBlock),
    (range) =>
      client.getContractEvents({
        abi: daoGovernorAbi,
        address,
        eventName: "ProposalCreated",
        ...range,
        strict: true,
      }),
  );
}
