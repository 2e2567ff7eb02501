import type {
  ContractFunctionParameters,
  MulticallParameters,
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
