import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { Address } from "viem";

import {
  ROOT,
  type Service,
  freePort,
  run,
  startService,
  waitUntil,
} from "../../e2e/support/processes.ts";
import { type Deployment, parseDeployment } from "../../lib/deployments.ts";
import { rpc } from "./grow-dao.ts";

export const CHAIN_ID = 31337;

/** A Hardhat node of our own with the DAO deployed on it. */
export interface BenchChain {
  rpcUrl: string;
  deployment: Deployment;
  deploymentsDir: string;
  accounts: Address[];
  /** The env the app and Hardhat read to find this chain. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts `hardhat node` on a free port and deploys the DAO with the
 * project's own deploy script (Ignition, local parameters). Deployment
 * records go to a temporary folder; Ignition's journal to
 * ignition/deployments/bench-<pid>/, removed on stop.
 */
export async function startChain(): Promise<BenchChain> {
  const port = await freePort();
  const rpcUrl = `http://127.0.0.1:${port}`;
  const deploymentsDir = await mkdtemp(path.join(os.tmpdir(), "dao-bench-"));
  const deploymentId = `bench-${process.pid}`;
  const journalDir = path.join(ROOT, "ignition", "deployments", deploymentId);
  const env = {
    DAO_RPC_URL: rpcUrl,
    DAO_CHAIN_ID: String(CHAIN_ID),
    DAO_DEPLOYMENTS_DIR: deploymentsDir,
    DAO_DEPLOYMENT_ID: deploymentId,
  };
  const node: Service = startService("bench-node", "hardhat", [
    "node",
    "--hostname",
    "127.0.0.1",
    "--port",
    String(port),
  ]);
  const stop = async () => {
    await node.stop();
    await rm(deploymentsDir, { recursive: true, force: true });
    await rm(journalDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      "the Hardhat node",
      async () => (await rpc(rpcUrl, "eth_chainId")) !== undefined,
      { service: node },
    );
    await run(
      "bench-deploy",
      "npm",
      ["run", "deploy", "--", "--network", "localhost"],
      env,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const deployment = parseDeployment(
    JSON.parse(
      readFileSync(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8"),
    ),
  );
  const accounts = (await rpc(rpcUrl, "eth_accounts")) as Address[];
  return { rpcUrl, deployment, deploymentsDir, accounts, env, stop };
}
