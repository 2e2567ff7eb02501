"use client";

import { useBlock } from "wagmi";

import { useAppConfig } from "./useAppConfig.ts";

/**
 * The latest block of the configured chain, kept fresh by the one watcher
 * in `<ChainWatcher>` (this hook does not poll by itself).
 */
export function useLatestBlock() {
  const { chainId } = useAppConfig();
  return useBlock({ chainId, query: { staleTime: Infinity } });
}

/**
 * The latest block's timestamp in seconds. Use it, never `Date.now()`, for
 * countdowns: the local chain's clock runs ahead of the wall clock.
 */
export function useBlockTimestamp(): number | undefined {
  const { data } = useLatestBlock();
  return data ? Number(data.timestamp) : undefined;
}
