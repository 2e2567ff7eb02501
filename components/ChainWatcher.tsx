"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useBlock } from "wagmi";

import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { RPC_HEALTH_KEY } from "@/hooks/useRpcHealth.ts";

/** Queries that follow the chain by themselves and must not be refetched. */
const SELF_UPDATING = new Set<unknown>([
  "block",
  "blockNumber",
  RPC_HEALTH_KEY,
]);

/**
 * Follows new blocks of the configured chain and invalidates every other
 * query on each one, so new state shows without a reload. Renders nothing.
 */
export function ChainWatcher() {
  const { chainId } = useAppConfig();
  const queryClient = useQueryClient();
  const { data: block } = useBlock({
    chainId,
    watch: true,
    query: { staleTime: Infinity },
  });
  const lastSeen = useRef<bigint | undefined>(undefined);

  const number = block?.number ?? undefined;
  useEffect(() => {
    if (number === undefined || number === null) return;
    const previous = lastSeen.current;
    lastSeen.current = number;
    if (previous === undefined || previous === number) return;
    void queryClient.invalidateQueries({
      predicate: (query) => !SELF_UPDATING.has(query.queryKey[0]),
    });
  }, [number, queryClient]);

  return null;
}
