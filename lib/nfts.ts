import { type Address, type PublicClient } from "viem";

import { communityNftAbi } from "../generated/abis.ts";
import type { Deployment } from "./deployments.ts";
import { readMany } from "./multicall.ts";

/** The collection's sale parameters and supply. */
export interface CollectionInfo {
  name: string;
  symbol: string;
  mintPrice: bigint;
  maxSupply: bigint;
  maxPerTx: bigint;
  totalSupply: bigint;
  mintPaused: boolean;
}

/** One token: its id, owner and raw `tokenURI` (`null` if that reverted). */
export interface NftToken {
  id: bigint;
  owner: Address;
  uri: string | null;
}

/** The first token id of CommunityNFT (ERC721A with `_startTokenId() = 1`). */
export const FIRST_TOKEN_ID = 1n;

/** Reads the collection's parameters in one batched call. */
export async function readCollection(
  client: PublicClient,
  deployment: Deployment,
): Promise<CollectionInfo> {
  const address = deployment.contracts.CommunityNFT.address;
  const abi = communityNftAbi;
  const [
    name,
    symbol,
    mintPrice,
    maxSupply,
    maxPerTx,
    totalSupply,
    mintPaused,
  ] = await readMany(client, [
    { address, abi, functionName: "name" },
    { address, abi, functionName: "symbol" },
    { address, abi, functionName: "mintPrice" },
    { address, abi, functionName: "maxSupply" },
    { address, abi, functionName: "maxPerTx" },
    { address, abi, functionName: "totalSupply" },
    { address, abi, functionName: "mintPaused" },
  ]);
  return {
    name,
    symbol,
    mintPrice,
    maxSupply,
    maxPerTx,
    totalSupply,
    mintPaused,
  };
}

/**
 * Reads owner and token URI of tokens `FIRST_TOKEN_ID .. totalSupply` in
 * one multicall (two calls per token, one request in all). Tokens whose
 * owner cannot be read are left out.
 */
export async function readTokens(
  client: PublicClient,
  deployment: Deployment,
  totalSupply: bigint,
): Promise<NftToken[]> {
  const address = deployment.contracts.CommunityNFT.address;
  const ids: bigint[] = [];
  for (let id = FIRST_TOKEN_ID; id < FIRST_TOKEN_ID + totalSupply; id++) {
    ids.push(id);
  }
  const results = await readMany(
    client,
    ids.flatMap((id) => [
      {
        address,
        abi: communityNftAbi,
        functionName: "ownerOf",
        args: [id],
      } as const,
      {
        address,
        abi: communityNftAbi,
        functionName: "tokenURI",
        args: [id],
      } as const,
    ]),
    true,
  );
  const tokens: NftToken[] = [];
  ids.forEach((id, i) => {
    const owner = results[2 * i];
    const uri = results[2 * i + 1];
    if (owner.status !== "success") return;
    tokens.push({
      id,
      // ownerOf and tokenURI alternate, so the union narrows to the pair.
      owner: owner.result as Address,
      uri: uri.status === "success" ? String(uri.result) : null,
    });
  });
  return tokens;
}

/** Reads one token; `null` when it does not exist. */
export async function readToken(
  client: PublicClient,
  deployment: Deployment,
  id: bigint,
): Promise<NftToken | null> {
  const address = deployment.contracts.CommunityNFT.address;
  const [owner, uri] = await readMany(
    client,
    [
      { address, abi: communityNftAbi, functionName: "ownerOf", args: [id] },
      { address, abi: communityNftAbi, functionName: "tokenURI", args: [id] },
    ],
    true,
  );
  if (owner.status !== "success") return null;
  return {
    id,
    owner: owner.result,
    uri: uri.status === "success" ? uri.result : null,
  };
}

/** The outcome of checking a typed mint quantity. */
export type QuantityCheck =
  | { ok: true; quantity: bigint; total: bigint }
  | { ok: false; message: string };

/**
 * Checks a typed mint quantity against `maxPerTx` and the supply left, and
 * prices it. One sentence says what is wrong.
 */
export function checkMintQuantity(
  raw: string,
  info: Pick<
    CollectionInfo,
    "maxPerTx" | "mintPrice" | "maxSupply" | "totalSupply"
  >,
): QuantityCheck {
  const value = raw.trim();
  if (value === "") return { ok: false, message: "Enter how many to mint." };
  if (!/^\d+$/.test(value)) {
    return { ok: false, message: "Enter a whole number, like 1 or 3." };
  }
  const quantity = BigInt(value);
  const left = info.maxSupply - info.totalSupply;
  if (left === 0n) return { ok: false, message: "The collection is sold out." };
  if (quantity < 1n) return { ok: false, message: "Mint at least 1." };
  if (quantity > info.maxPerTx) {
    return {
      ok: false,
      message: `At most ${info.maxPerTx} per transaction.`,
    };
  }
  if (quantity > left) {
    return { ok: false, message: `Only ${left} left to mint.` };
  }
  return { ok: true, quantity, total: quantity * info.mintPrice };
}
