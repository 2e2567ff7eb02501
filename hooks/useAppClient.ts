"use client";

import type { PublicClient } from "viem";
import { usePublicClient } from "wagmi";

import { useAppConfig } from "./useAppConfig.ts";

/**
 * The public client of the configured chain: every read goes through the
 * configured RPC, whatever network a connected wallet is on.
 */
export function useAppClient(): PublicClient {
  const { chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  if (!client) throw new Error(`No client for chain ${chainId}`);
  return client;
}
