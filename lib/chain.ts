import {
  type Chain,
  createPublicClient,
  defineChain,
  http,
  type PublicClient,
} from "viem";
import { hardhat } from "viem/chains";

/** Chain id of Hardhat's local node: the dev tools only show there. */
export const LOCAL_CHAIN_ID = 31337;

/**
 * The viem chain the app is configured for, with `rpcUrl` as its only
 * endpoint (also what a wallet is told when it has to add the chain).
 */
export function appChain(chainId: number, rpcUrl: string): Chain {
  const rpcUrls = { default: { http: [rpcUrl] } };
  if (chainId === hardhat.id) {
    return defineChain({ ...hardhat, name: "Local Hardhat", rpcUrls });
  }
  return defineChain({
    id: chainId,
    name: `Chain ${chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls,
  });
}

/** True when the chain has no Multicall3 and reads must use deployless calls. */
export function needsDeploylessMulticall(chain: Chain): boolean {
  return !chain.contracts?.multicall3;
}

/** A public client for scripts and tests, batching JSON-RPC requests. */
export function createAppPublicClient(
  chainId: number,
  rpcUrl: string,
): PublicClient {
  return createPublicClient({
    chain: appChain(chainId, rpcUrl),
    transport: http(rpcUrl, { batch: true, retryCount: 0 }),
    pollingInterval: 1_000,
  });
}

/**
 * The number of the latest block, asked of the node every time. viem answers
 * `getBlockNumber` from a cache for up to the polling interval, so a read
 * started because a block arrived could pin itself to the block before, and
 * show a state that no later block would correct. Reads that pin "latest"
 * use this instead.
 */
export function latestBlockNumber(client: PublicClient): Promise<bigint> {
  return client.getBlockNumber({ cacheTime: 0 });
}
