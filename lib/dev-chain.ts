import {
  type Address,
  type Client,
  parseEther,
  type PublicClient,
  testActions,
} from "viem";

import { daoGovernorAbi, treasuryAbi } from "../generated/abis.ts";
import type { Deployment } from "./deployments.ts";

/** The DAO's waiting times, in seconds: what the dev tools skip. */
export interface DaoDelays {
  votingDelay: number;
  votingPeriod: number;
  timelockDelay: number;
}

/** Reads the Governor's voting delay and period and the timelock's delay. */
export async function readDaoDelays(
  client: PublicClient,
  deployment: Deployment,
): Promise<DaoDelays> {
  const governor = deployment.contracts.DAOGovernor.address;
  const [votingDelay, votingPeriod, timelockDelay] = await Promise.all([
    client.readContract({
      address: governor,
      abi: daoGovernorAbi,
      functionName: "votingDelay",
    }),
    client.readContract({
      address: governor,
      abi: daoGovernorAbi,
      functionName: "votingPeriod",
    }),
    client.readContract({
      address: deployment.contracts.Treasury.address,
      abi: treasuryAbi,
      functionName: "getMinDelay",
    }),
  ]);
  return {
    votingDelay: Number(votingDelay),
    votingPeriod: Number(votingPeriod),
    timelockDelay: Number(timelockDelay),
  };
}

function hardhatActions(client: Client) {
  return client.extend(testActions({ mode: "hardhat" }));
}

/**
 * Moves the local chain's clock forward by `seconds` and mines a block so the
 * new time is visible (Hardhat / EDR only). Returns the new block timestamp.
 */
export async function advanceTime(
  client: PublicClient,
  seconds: number,
): Promise<bigint> {
  const test = hardhatActions(client);
  await test.increaseTime({ seconds });
  await test.mine({ blocks: 1 });
  const block = await client.getBlock({ blockTag: "latest" });
  return block.timestamp;
}

/** Mines one empty block on the local chain. */
export async function mineBlock(client: PublicClient): Promise<void> {
  await hardhatActions(client).mine({ blocks: 1 });
}

/** Test ETH the dev tools hand out per click. */
export const FAUCET_AMOUNT = parseEther("10");

/** Adds `amount` (default 10 ETH) to `address`'s balance on the local chain. */
export async function fundAccount(
  client: PublicClient,
  address: Address,
  amount: bigint = FAUCET_AMOUNT,
): Promise<bigint> {
  const balance = await client.getBalance({ address });
  const value = balance + amount;
  await hardhatActions(client).setBalance({ address, value });
  return value;
}
