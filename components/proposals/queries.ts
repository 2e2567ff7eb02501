"use client";

import { useQuery } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import type { Address } from "viem";

import { useAppClient } from "@/hooks/useAppClient.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useLatestBlock } from "@/hooks/useLatestBlock.ts";
import { fetchDescribeContext } from "@/lib/proposals/describe-action.ts";
import {
  fetchProposalDetail,
  fetchVoterStatus,
} from "@/lib/proposals/fetch-proposal-detail.ts";
import {
  fetchProposalIndex,
  fetchProposalReads,
} from "@/lib/proposals/fetch-proposals.ts";
import type { Proposal, ProposalSummary } from "@/lib/proposals/proposal.ts";

/** Query keys start with "proposals" so one invalidation refreshes them all. */
function useGovernorKey() {
  const { chainId, deployment } = useAppConfig();
  return [
    "proposals",
    chainId,
    deployment.contracts.DAOGovernor.address,
  ] as const;
}

/**
 * Every proposal's summary and state, enough to filter and paginate;
 * refreshed on every new block by `<ChainWatcher>`.
 */
export function useProposalIndex() {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  const key = useGovernorKey();
  return useQuery({
    queryKey: [...key, "index"],
    queryFn: () => fetchProposalIndex(client, deployment),
  });
}

/**
 * The shown rows completed with their votes, deadline and quorum. While the
 * next rows load, the previous ones stay on screen.
 */
export function useProposalRows(rows: readonly ProposalSummary[]) {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  const key = useGovernorKey();
  return useQuery({
    queryKey: [...key, "rows", rows.map((row) => row.id.toString())],
    queryFn: () => fetchProposalReads(client, deployment, rows),
    placeholderData: (previous) => previous,
  });
}

export function useProposalDetail(id: bigint) {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  const key = useGovernorKey();
  return useQuery({
    queryKey: [...key, "detail", id.toString()],
    queryFn: () => fetchProposalDetail(client, deployment, id),
  });
}

export function useVoterStatus(
  proposal: Proposal | undefined,
  account?: Address,
) {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  const key = useGovernorKey();
  return useQuery({
    queryKey: [...key, "voter", proposal?.id.toString(), account],
    queryFn: () => fetchVoterStatus(client, deployment, proposal!, account!),
    enabled: proposal !== undefined && account !== undefined,
  });
}

/** Token symbol and decimals, collection name: what action words need. */
export function useDescribeContext() {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  return useQuery({
    queryKey: [
      "describe-context",
      deployment.contracts.GovernanceToken.address,
    ],
    queryFn: () => fetchDescribeContext(client, deployment),
    staleTime: Infinity,
  });
}

/** Re-renders once a second with the wall clock's current second. */
function subscribeToSeconds(onTick: () => void): () => void {
  const timer = setInterval(onTick, 1_000);
  return () => clearInterval(timer);
}
const wallSecond = () => Math.floor(Date.now() / 1_000);
const noSecondOnServer = () => 0;

/**
 * Chain time in seconds: the latest block's timestamp, moved on by the
 * seconds that passed since that block arrived (a local node mines only on
 * transactions, so its latest block can be old while its clock runs on).
 */
export function useChainNow(): bigint | undefined {
  const { data: block, dataUpdatedAt } = useLatestBlock();
  const second = useSyncExternalStore(
    subscribeToSeconds,
    wallSecond,
    noSecondOnServer,
  );
  if (!block || second === 0) return undefined;
  const elapsed = Math.max(0, second - Math.floor(dataUpdatedAt / 1_000));
  return block.timestamp + BigInt(elapsed);
}

const noSubscription = () => () => {};

/** True after hydration: wallet state only exists in the browser. */
export function useMounted(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
