"use client";

import type { Address } from "viem";

import { readAccount, readTokenInfo } from "@/lib/account.ts";
import { readDelegates } from "@/lib/delegates.ts";
import { readCollection, readTokensById, readTokensOf } from "@/lib/nfts.ts";
import { readExecutedProposals, readTreasuryBalances } from "@/lib/treasury.ts";

import { useDaoQuery } from "./useDaoQuery.ts";

/** The governance token's symbol, decimals and supply. */
export function useTokenInfo() {
  return useDaoQuery(["token-info"], readTokenInfo);
}

/** Balances, votes and delegate of `account` (disabled without one). */
export function useAccountSummary(account: Address | undefined) {
  return useDaoQuery(
    ["account", account],
    (client, deployment) => readAccount(client, deployment, account as Address),
    { enabled: account !== undefined },
  );
}

/** The NFT collection's price, limits and supply. */
export function useCollection() {
  return useDaoQuery(["collection"], readCollection);
}

/**
 * The NFTs `ids` with owner and URI, in one batched read (disabled until
 * the ids are known).
 */
export function useTokens(ids: readonly bigint[] | undefined) {
  return useDaoQuery(
    ["tokens", ids?.map(String)],
    (client, deployment) => readTokensById(client, deployment, [...ids!]),
    { enabled: ids !== undefined },
  );
}

/** The NFTs `account` owns, with their URIs (disabled without an account). */
export function useTokensOf(
  account: Address | undefined,
  totalSupply: bigint | undefined,
) {
  return useDaoQuery(
    ["tokens-of", account, totalSupply?.toString()],
    (client, deployment) =>
      readTokensOf(
        client,
        deployment,
        totalSupply as bigint,
        account as Address,
      ),
    { enabled: account !== undefined && totalSupply !== undefined },
  );
}

/** The delegate ranking and delegation history from the logs. */
export function useDelegates() {
  return useDaoQuery(["delegates"], readDelegates);
}

/** The treasury's balances. */
export function useTreasuryBalances() {
  return useDaoQuery(["treasury-balances"], readTreasuryBalances);
}

/** Proposals the treasury executed, newest first. */
export function useExecutedProposals() {
  return useDaoQuery(["executed-proposals"], readExecutedProposals);
}
