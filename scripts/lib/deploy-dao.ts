import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import type { DeploymentParameters } from "@nomicfoundation/ignition-core";
import type { NetworkConnection } from "hardhat/types/network";
import { getAddress } from "viem";

import DAOModule from "../../ignition/modules/DAO.ts";
import {
  type ContractName,
  type Deployment,
  parseDeployment,
} from "../../lib/deployments.ts";

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
function deployBlocksFromJournal(deploymentId: string): Map<string, number> {
  const journal = path.join(
    ROOT,
    "ignition",
    "deployments",
    deploymentId,
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
  const { ignition, viem } = connection;
  const publicClient = await viem.getPublicClient();
  const chainId = await publicClient.getChainId();
  const startBlock = Number(await publicClient.getBlockNumber());

  // DAO_DEPLOYMENT_ID keeps a second local node (the tests') from sharing
  // Ignition's journal with the one `npm run dev` runs.
  const deploymentId = process.env.DAO_DEPLOYMENT_ID ?? `chain-${chainId}`;
  const { treasury, token, governor, nft } = await ignition.deploy(DAOModule, {
    parameters,
    deploymentId,
    displayUi: false,
  });

  const journalBlocks = deployBlocksFromJournal(deploymentId);
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

/**
 * The folder of deployment records: `deployments/`, or DAO_DEPLOYMENTS_DIR
 * (tests point it at a temporary folder).
 */
export function deploymentsDir(): string {
  return path.resolve(ROOT, process.env.DAO_DEPLOYMENTS_DIR ?? "deployments");
}

/** Reads `<deployments folder>/<chainId>.json`. */
export function readDeployment(chainId: number): Deployment {
  const file = path.join(deploymentsDir(), `${chainId}.json`);
  if (!existsSync(file)) {
    throw new Error(
      `No deployment for chain ${chainId} at ${file}: run \`npm run deploy\` first.`,
    );
  }
  return parseDeployment(JSON.parse(readFileSync(file, "utf8")));
}

/** Writes `<deployments folder>/<chainId>.json` and returns its path. */
export async function writeDeployment(deployment: Deployment): Promise<string> {
  const dir = deploymentsDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${deployment.chainId}.json`);
  await writeFile(file, JSON.stringify(deployment, null, 2) + "\n");
  return file;
}
