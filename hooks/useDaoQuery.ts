"use client";

import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import type { PublicClient } from "viem";

import type { Deployment } from "@/lib/deployments.ts";

import { useAppClient } from "./useAppClient.ts";
import { useAppConfig } from "./useAppConfig.ts";

/**
 * Binds a plain `lib/` read `(client, deployment) => Promise<T>` to TanStack
 * Query. The key is prefixed with the chain, and every new block refetches it
 * (see `<ChainWatcher>`).
 */
export function useDaoQuery<T>(
  key: readonly unknown[],
  read: (client: PublicClient, deployment: Deployment) => Promise<T>,
  { enabled = true }: { enabled?: boolean } = {},
): UseQueryResult<T> {
  const client = useAppClient();
  const { chainId, deployment } = useAppConfig();
  return useQuery({
    queryKey: ["dao", chainId, ...key],
    queryFn: () => read(client, deployment),
    enabled,
    placeholderData: (previous) => previous,
  });
}
