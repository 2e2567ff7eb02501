import {
  type Address,
  type Hex,
  encodeAbiParameters,
  encodeFunctionData,
  keccak256,
  numberToHex,
  parseEther,
  toHex,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
} from "../../generated/abis.ts";
import type { Deployment } from "../../lib/deployments.ts";

interface RpcCall {
  method: string;
  params?: unknown[];
}

/** Sends `calls` as JSON-RPC batches of `size`; returns results in order. */
export async function rpcBatch(
  url: string,
  calls: RpcCall[],
  size = 200,
): Promise<unknown[]> {
  const results: unknown[] = [];
  for (let start = 0; start < calls.length; start += size) {
    const chunk = calls.slice(start, start + size);
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(
        chunk.map((call, i) => ({
          jsonrpc: "2.0",
          id: start + i,
          method: call.method,
          params: call.params ?? [],
        })),
      ),
    });
    const replies = (await response.json()) as {
      id: number;
      result?: unknown;
      error?: { message: string };
    }[];
    replies.sort((a, b) => a.id - b.id);
    for (const reply of replies) {
      if (reply.error) {
        throw new Error(
          `${chunk[reply.id - start].method}: ${reply.error.message}`,
        );
      }
      results.push(reply.result);
    }
  }
  return results;
}

export async function rpc(url: string, method: string, params: unknown[] = []) {
  return (await rpcBatch(url, [{ method, params }]))[0];
}

interface Tx {
  from: Address;
  to: Address;
  data: Hex;
  value?: bigint;
}

// A propose with a markdown body needs ~150k gas; declaring little lets a
// block take many transactions (the node packs blocks by declared gas).
const TX_GAS = 400_000n;

/** Transactions per mined block while seeding. */
const BLOCK_TXS = 50;

/**
 * Sends `txs` with automine off, BLOCK_TXS at a time (one HTTP request),
 * mining a block after each group, and checks that none reverted. Small
 * groups matter: the node re-runs its pending block on every transaction it
 * receives, so a pool of thousands makes seeding quadratic.
 */
export async function sendAll(url: string, txs: Tx[]): Promise<void> {
  if (txs.length === 0) return;
  await rpc(url, "evm_setAutomine", [false]);
  try {
    for (let start = 0; start < txs.length; start += BLOCK_TXS) {
      const group = txs.slice(start, start + BLOCK_TXS);
      const hashes = (await rpcBatch(
        url,
        group.map((tx) => ({
          method: "eth_sendTransaction",
          params: [
            {
              from: tx.from,
              to: tx.to,
              data: tx.data,
              gas: numberToHex(TX_GAS),
              value: numberToHex(tx.value ?? 0n),
            },
          ],
        })),
      )) as Hex[];
      let receipts: ({ status: Hex } | null)[] = [];
      for (let blocks = 0; blocks < BLOCK_TXS; blocks++) {
        await rpc(url, "evm_mine");
        receipts = (await rpcBatch(
          url,
          hashes.map((hash) => ({
            method: "eth_getTransactionReceipt",
            params: [hash],
          })),
        )) as ({ status: Hex } | null)[];
        if (receipts.every((r) => r !== null)) break;
      }
      const failed = receipts.findIndex(
        (r) => r === null || r.status !== "0x1",
      );
      if (failed !== -1) {
        throw new Error(`seeding transaction ${start + failed} failed`);
      }
    }
  } finally {
    await rpc(url, "evm_setAutomine", [true]);
  }
}

export async function advanceTime(url: string, seconds: number) {
  await rpc(url, "evm_increaseTime", [seconds]);
  await rpc(url, "evm_mine");
}

function proposalText(index: number): string {
  return [
    `# Bench proposal ${index + 1}: fund community grant ${index + 1}`,
    "",
    "A proposal seeded by `npm run bench` to measure how the app scales.",
    "",
    "## Why",
    "",
    "- The grants round needs **one token** per recipient.",
    "- The treasury holds enough to pay it.",
    "",
    "See the [forum thread](https://example.org/t/" + (index + 1) + ").",
  ].join("\n");
}

/**
 * A DAO that grows: `growTo(n)` brings it to n proposals and n NFTs, sent
 * straight to the node (no UI, no Ignition), in blocks of many transactions.
 * Account 0 holds the tokens, proposes, and votes For on every third
 * proposal; accounts 0-9 mint the NFTs, account 0 half of them.
 */
export class GrowingDao {
  proposals = 0;
  nfts = 0;
  /** Id of the last proposal created. */
  newestProposalId = 0n;
  readonly #url: string;
  readonly #deployment: Deployment;
  readonly #accounts: Address[];

  constructor(url: string, deployment: Deployment, accounts: Address[]) {
    this.#url = url;
    this.#deployment = deployment;
    this.#accounts = accounts;
  }

  /** Account 0 delegates to itself so that it can propose and vote. */
  async prepare(): Promise<void> {
    const token = this.#deployment.contracts.GovernanceToken.address;
    await sendAll(this.#url, [
      {
        from: this.#accounts[0],
        to: token,
        data: encodeFunctionData({
          abi: governanceTokenAbi,
          functionName: "delegate",
          args: [this.#accounts[0]],
        }),
      },
    ]);
    await advanceTime(this.#url, 2);
  }

  async growTo(target: number): Promise<void> {
    const { DAOGovernor, GovernanceToken, CommunityNFT } =
      this.#deployment.contracts;
    const proposer = this.#accounts[0];
    const created: bigint[] = [];
    const proposes: Tx[] = [];
    for (let i = this.proposals; i < target; i++) {
      const targets = [GovernanceToken.address];
      const values = [0n];
      const calldatas = [
        encodeFunctionData({
          abi: governanceTokenAbi,
          functionName: "transfer",
          args: [this.#accounts[1 + (i % 9)], parseEther("1")],
        }),
      ];
      const description = proposalText(i);
      proposes.push({
        from: proposer,
        to: DAOGovernor.address,
        data: encodeFunctionData({
          abi: daoGovernorAbi,
          functionName: "propose",
          args: [targets, values, calldatas, description],
        }),
      });
      const id = BigInt(
        keccak256(
          encodeAbiParameters(
            [
              { type: "address[]" },
              { type: "uint256[]" },
              { type: "bytes[]" },
              { type: "bytes32" },
            ],
            [targets, values, calldatas, keccak256(toHex(description))],
          ),
        ),
      );
      if (i % 3 === 0) created.push(id);
      this.newestProposalId = id;
    }

    const mints: Tx[] = [];
    const price = parseEther("0.01");
    for (let minted = this.nfts; minted < target;) {
      const quantity = Math.min(20, target - minted);
      // Account 0 mints every other batch, accounts 1-9 the rest.
      const batch = Math.floor(minted / 20);
      const from = this.#accounts[batch % 2 === 0 ? 0 : 1 + (batch % 9)];
      mints.push({
        from,
        to: CommunityNFT.address,
        data: encodeFunctionData({
          abi: communityNftAbi,
          functionName: "mint",
          args: [BigInt(quantity)],
        }),
        value: price * BigInt(quantity),
      });
      minted += quantity;
    }

    await sendAll(this.#url, [...proposes, ...mints]);
    // Past the voting delay, then account 0 votes For on every third one.
    await advanceTime(this.#url, 61);
    await sendAll(
      this.#url,
      created.map((id) => ({
        from: proposer,
        to: DAOGovernor.address,
        data: encodeFunctionData({
          abi: daoGovernorAbi,
          functionName: "castVote",
          args: [id, 1],
        }),
      })),
    );
    this.proposals = target;
    this.nfts = target;
  }
}
