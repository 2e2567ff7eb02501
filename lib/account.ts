import { type Address, type PublicClient, zeroAddress } from "viem";

import { communityNftAbi, governanceTokenAbi } from "../generated/abis.ts";
import type { Deployment } from "./deployments.ts";
import { readMany } from "./multicall.ts";

/** What the home page shows about one account. */
export interface AccountSummary {
  eth: bigint;
  tokenBalance: bigint;
  /** Voting power: votes delegated to this account (including its own). */
  votes: bigint;
  /** Whom the account delegates to; `null` until it delegates at all. */
  delegate: Address | null;
  nftCount: bigint;
}

/** Reads an account's balances, votes and delegate in one batched call. */
export async function readAccount(
  client: PublicClient,
  deployment: Deployment,
  account: Address,
): Promise<AccountSummary> {
  const token = deployment.contracts.GovernanceToken.address;
  const nft = deployment.contracts.CommunityNFT.address;
  const [eth, [tokenBalance, votes, delegate, nftCount]] = await Promise.all([
    client.getBalance({ address: account }),
    readMany(client, [
      {
        address: token,
        abi: governanceTokenAbi,
        functionName: "balanceOf",
        args: [account],
      },
      {
        address: token,
        abi: governanceTokenAbi,
        functionName: "getVotes",
        args: [account],
      },
      {
        address: token,
        abi: governanceTokenAbi,
        functionName: "delegates",
        args: [account],
      },
      {
        address: nft,
        abi: communityNftAbi,
        functionName: "balanceOf",
        args: [account],
      },
    ]),
  ]);
  return {
    eth,
    tokenBalance,
    votes,
    delegate: delegate === zeroAddress ? null : delegate,
    nftCount,
  };
}

/** The token's symbol and decimals, for labels. */
export async function readTokenInfo(
  client: PublicClient,
  deployment: Deployment,
): Promise<{ symbol: string; decimals: number; totalSupply: bigint }> {
  const address = deployment.contracts.GovernanceToken.address;
  const [symbol, decimals, totalSupply] = await readMany(client, [
    { address, abi: governanceTokenAbi, functionName: "symbol" },
    { address, abi: governanceTokenAbi, functionName: "decimals" },
    { address, abi: governanceTokenAbi, functionName: "totalSupply" },
  ]);
  return { symbol, decimals, totalSupply };
}
