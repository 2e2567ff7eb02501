import { type Address, type PublicClient, isAddressEqual } from "viem";

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
 * Token URIs read per multicall. A deployless multicall returns its results
 * as contract code, capped at 24 KiB (EIP-170); on-chain art is ~3 KiB a
 * token, so a handful per call stays well below it.
 */
export const URIS_PER_CALL = 5;

/** Owners read per multicall: ~160 bytes of results each. */
export const OWNERS_PER_CALL = 100;

/** Token ids `FIRST_TOKEN_ID .. totalSupply`: every token minted. */
function mintedIds(totalSupply: bigint): bigint[] {
  const ids: bigint[] = [];
  for (let id = FIRST_TOKEN_ID; id < FIRST_TOKEN_ID + totalSupply; id++) {
    ids.push(id);
  }
  return ids;
}

/** The owners of `ids`, in order, {@link OWNERS_PER_CALL} per multicall. */
async function readOwners(
  client: PublicClient,
  address: Address,
  ids: bigint[],
): Promise<Address[]> {
  const ownerOf = (id: bigint) =>
    ({
      address,
      abi: communityNftAbi,
      functionName: "ownerOf",
      args: [id],
    }) as const;
  const results = await Promise.all(
    chunked(ids, OWNERS_PER_CALL).map((chunk) =>
      readMany(client, chunk.map(ownerOf)),
    ),
  );
  return results.flat();
}

/** The token URIs of `ids`, in order, {@link URIS_PER_CALL} per multicall. */
async function readUrisOf(
  client: PublicClient,
  address: Address,
  ids: bigint[],
): Promise<(string | null)[]> {
  const results = await Promise.all(
    chunked(ids, URIS_PER_CALL).map((chunk) =>
      readUris(client, address, chunk),
    ),
  );
  return results.flat();
}

/**
 * Reads owner and token URI of `ids`: owners in multicalls of
 * {@link OWNERS_PER_CALL}, URIs in multicalls of {@link URIS_PER_CALL}, all
 * sent concurrently (an HTTP transport with `batch` sends them as one
 * request). A chunk of URIs that fails (e.g. a huge base URI) is read token
 * by token.
 */
export async function readTokensById(
  client: PublicClient,
  deployment: Deployment,
  ids: bigint[],
): Promise<NftToken[]> {
  const address = deployment.contracts.CommunityNFT.address;
  const [owners, uris] = await Promise.all([
    readOwners(client, address, ids),
    readUrisOf(client, address, ids),
  ]);
  return ids.map((id, i) => ({ id, owner: owners[i], uri: uris[i] ?? null }));
}

/** Every token minted so far, with owner and URI (see {@link readTokensById}). */
export function readTokens(
  client: PublicClient,
  deployment: Deployment,
  totalSupply: bigint,
): Promise<NftToken[]> {
  return readTokensById(client, deployment, mintedIds(totalSupply));
}

/** One page of the gallery: which token ids it shows, newest first. */
export interface GalleryPage {
  ids: bigint[];
  /** 1-based, clamped to the pages there are. */
  page: number;
  pageCount: number;
}

/**
 * The ids on page `page` of a gallery of `totalSupply` tokens shown newest
 * first, `pageSize` to a page, so a fresh mint shows on page 1.
 */
export function galleryPage(
  totalSupply: bigint,
  page: number,
  pageSize: number,
): GalleryPage {
  const size = BigInt(Math.max(1, Math.floor(pageSize)));
  const pageCount = Math.max(1, Number((totalSupply + size - 1n) / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const newest = FIRST_TOKEN_ID + totalSupply - 1n;
  const ids: bigint[] = [];
  const first = newest - BigInt(current - 1) * size;
  for (let id = first; id > first - size && id >= FIRST_TOKEN_ID; id--) {
    ids.push(id);
  }
  return { ids, page: current, pageCount };
}

/**
 * The tokens `account` owns, with their URIs: every owner first (small
 * reads), then the URIs of the account's tokens only, since on-chain art
 * makes each URI a few KiB and a holder owns a few of many tokens.
 */
export async function readTokensOf(
  client: PublicClient,
  deployment: Deployment,
  totalSupply: bigint,
  account: Address,
): Promise<NftToken[]> {
  const address = deployment.contracts.CommunityNFT.address;
  const ids = mintedIds(totalSupply);
  const owners = await readOwners(client, address, ids);
  const mine = ids.filter((_, i) => isAddressEqual(owners[i], account));
  const uris = await readUrisOf(client, address, mine);
  return mine.map((id, i) => ({ id, owner: account, uri: uris[i] ?? null }));
}

function chunked<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

async function readUris(
  client: PublicClient,
  address: Address,
  ids: bigint[],
): Promise<(string | null)[]> {
  const call = (id: bigint) =>
    ({
      address,
      abi: communityNftAbi,
      functionName: "tokenURI",
      args: [id],
    }) as const;
  try {
    const results = await readMany(client, ids.map(call), true);
    return results.map((r) =>
      r.status === "success" ? String(r.result) : null,
    );
  } catch {
    return Promise.all(
      ids.map((id) => client.readContract(call(id)).catch(() => null)),
    );
  }
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
