import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import type { DeploymentParameters } from "@nomicfoundation/ignition-core";
import type { NetworkConnection } from "hardhat/types/network";
import { getAddress } from "viem";

import DAOModule from "../../ignition/modules/DAO.ts";
import type { ContractName, Deployment } from "../../lib/deployments.ts";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/**
 * Reads `ignition/parameters/<network>.json`, if there is one: the values
 * that replace the module's local defaults on that network.
 */
export function loadParameters(networkName: string): DeploymentParameters {
  const file = path.join(ROOT, "ignition", "parameters", `${networkName}.json`);
  if (!existsSync(file)) return {};
  // Like Ignition's own CLI, "123n" strings stand for bigints.
  return JSON.parse(readFileSync(file, "utf8"), (_key, value: unknown) =>
    typeof value === "string" && /^\d+n$/.test(value)
      ? BigInt(value.slice(0, -1))
      : value,
  ) as DeploymentParameters;
}

/**
 * Finds the block of each contract's creation in Ignition's journal of the
 * deployment, which it keeps for every persistent network.
 */
function deployBlocksFromJournal(chainId: number): Map<string, number> {
  const journal = path.join(
    ROOT,
    "ignition",
    "deployments",
    `chain-${chainId}`,
    "journal.jsonl",
  );
  const blocks = new Map<string, number>();
  if (!existsSync(journal)) return blocks;
  for (const line of readFileSync(journal, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as {
      type?: string;
      receipt?: { blockNumber?: number; contractAddress?: string };
    };
    const address = entry.receipt?.contractAddress;
    if (entry.type === "TRANSACTION_CONFIRM" && address) {
      blocks.set(getAddress(address), Number(entry.receipt?.blockNumber));
    }
  }
  return blocks;
}

/**
 * Deploys the DAO with Ignition on `connection` and returns its deployment
 * record. Parameters come from `ignition/parameters/<network>.json` unless
 * given.
 */
export async function deployDao(
  connection: NetworkConnection,
  parameters: DeploymentParameters = loadParameters(connection.networkName),
): Promise<Deployment> {
  const { ignition, viem } = connection as NetworkConnection & {
    ignition: import("@nomicfoundation/hardhat-ignition-viem/types").ViemIgnitionHelper;
    viem: import("@nomicfoundation/hardhat-viem/types").HardhatViemHelpers;
  };
  const publicClient = await viem.getPublicClient();
  const chainId = await publicClient.getChainId();
  const startBlock = Number(await publicClient.getBlockNumber());

  const { treasury, token, governor, nft } = await ignition.deploy(DAOModule, {
    parameters,
    displayUi: false,
  });

  const journalBlocks = deployBlocksFromJournal(chainId);
  const entry = (address: string) => ({
    address: getAddress(address),
    // Without a journal (in-process networks) the block before the deployment
    // is a safe lower bound for event scans.
    deployBlock: journalBlocks.get(getAddress(address)) ?? startBlock,
  });
  const contracts: Record<ContractName, ReturnType<typeof entry>> = {
    GovernanceToken: entry(token.address),
    CommunityNFT: entry(nft.address),
    DAOGovernor: entry(governor.address),
    Treasury: entry(treasury.address),
  };
  return { chainId, contracts };
}

/** Writes `deployments/<chainId>.json` and returns its path. */
export async function writeDeployment(deployment: Deployment): Promise<string> {
  const dir = path.join(ROOT, "deployments");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${deployment.chainId}.json`);
  await writeFile(file, JSON.stringify(deployment, null, 2) + "\n");
  return file;
}
