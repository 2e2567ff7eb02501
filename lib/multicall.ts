import type {
  ContractFunctionParameters,
  MulticallParameters,
  MulticallResponse,
  MulticallReturnType,
  PublicClient,
} from "viem";

import { needsDeploylessMulticall } from "./chain.ts";

/**
 * Reads many contract functions in one `eth_call` through Multicall3. On a
 * chain without a deployed Multicall3 (the local node) the call carries the
 * Multicall3 code itself ("deployless"), so it still takes one request.
 *
 * WARNING: a deployless call returns its results as contract code, which
 * EIP-170 caps at 24 KiB, and sends its calls as init code, which EIP-3860
 * caps at 48 KiB: keep each batch's results and calldata below those.
 */
export async function readMany<
  const contracts extends readonly unknown[],
  allowFailure extends boolean = false,
>(
  client: PublicClient,
  contracts: contracts & readonly ContractFunctionParameters[],
  allowFailure?: allowFailure,
  blockNumber?: bigint,
): Promise<MulticallReturnType<contracts, allowFailure>> {
  if (contracts.length === 0) {
    return [] as unknown as MulticallReturnType<contracts, allowFailure>;
  }
  const deployless = !client.chain || needsDeploylessMulticall(client.chain);
  const parameters = {
    contracts,
    allowFailure: allowFailure ?? false,
    // One eth_call per readMany: callers size their batches (see nfts.ts).
    batchSize: 0,
    ...(blockNumber === undefined ? {} : { blockNumber }),
    ...(deployless ? { deployless: true } : {}),
  } as unknown as MulticallParameters<contracts, allowFailure>;
  return client.multicall(parameters);
}

/** The result of a multicall read that must have succeeded; else its error. */
export function resultOf<T>(read: MulticallResponse<T>): T {
  if (read.status === "failure") throw read.error;
  return read.result;
}

/**
 * Reads `contracts` in multicalls of at most `perCall` each, all made at
 * once so that an HTTP transport with `batch` sends them in one request.
 * Returns one entry per contract, in order, failed reads included; the
 * caller reads each result back by position (see {@link resultOf}).
 */
export async function readInChunks(
  client: PublicClient,
  contracts: readonly ContractFunctionParameters[],
  perCall: number,
  blockNumber?: bigint,
): Promise<MulticallResponse[]> {
  const chunks: ContractFunctionParameters[][] = [];
  for (let i = 0; i < contracts.length; i += perCall) {
    chunks.push(contracts.slice(i, i + perCall));
  }
  const results = await Promise.all(
    chunks.map((chunk) => readMany(client, chunk, true, blockNumber)),
  );
  return results.flat();
}
