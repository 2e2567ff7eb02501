"use client";

import { useQuery } from "@tanstack/react-query";

import { useAppClient } from "./useAppClient.ts";
import { useAppConfig } from "./useAppConfig.ts";

/** Poll intervals of the health check: faster while the node is down. */
const HEALTHY_POLL_MS = 5_000;
const DOWN_POLL_MS = 2_000;

export const RPC_HEALTH_KEY = "rpc-health";

/**
 * Whether the configured node answers. Polls `eth_blockNumber`, every 2 s
 * while it is down, so the app recovers without a reload.
 */
export function useRpcHealth() {
  const { rpcUrl } = useAppConfig();
  const client = useAppClient();
  const query = useQuery({
    queryKey: [RPC_HEALTH_KEY, rpcUrl],
    queryFn: async () => {
      await client.getBlockNumber({ cacheTime: 0 });
      return true;
    },
    retry: false,
    refetchInterval: (q) =>
      q.state.status === "error" ? DOWN_POLL_MS : HEALTHY_POLL_MS,
    refetchIntervalInBackground: false,
  });
  return {
    down: query.isError,
    checking: query.isFetching,
    retry: () => query.refetch(),
  };
}
