import {
  type Abi,
  type Address,
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

/**
 * Fetches all events of `abi` at `address` from `fromBlock` to `toBlock` in
 * one request, splitting the range in halves only when the node refuses it as
 * too large.
 */
export async function getLogsInRange<const abi extends Abi>(
  client: PublicClient,
  abi: abi,
  address: Address,
  fromBlock: bigint,
  toBlock: bigint,
): Promise<GetContractEventsReturnType<abi, undefined, true>> {
  try {
    return await client.getContractEvents({
      abi,
      address,
      fromBlock,
      toBlock,
      strict: true,
    });
  } catch (error) {
    if (toBlock <= fromBlock || !isRangeLimitError(error)) throw error;
    const middle = (fromBlock + toBlock) / 2n;
    const first = await getLogsInRange(client, abi, address, fromBlock, middle);
    const second = await getLogsInRange(
      client,
      abi,
      address,
      middle + 1n,
      toBlock,
    );
    return [...first, ...second] as GetContractEventsReturnType<
      abi,
      undefined,
      true
    >;
  }
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
  const governor = deployment.contracts.DAOGovernor;
  const latest = toBlock ?? (await latestBlockNumber(client));
  return await getLogsInRange(
    client,
    daoGovernorAbi,
    governor.address,
    BigInt(governor.deployBlock),
    latest,
  );
}
