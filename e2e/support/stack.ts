import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { type Deployment, parseDeployment } from "../../lib/deployments.ts";
import {
  ROOT,
  type Service,
  freePort,
  run,
  startService,
  stopAllServices,
  waitUntil,
} from "./processes.ts";
import { timed } from "./timings.ts";

export const CHAIN_ID = 31337;

/**
 * Where `next build` and `next start` run: the repository, or a copy of it
 * (E2E_APP_DIR) when iterating on tests while the tree does not build.
 */
const APP_DIR = path.resolve(process.env.E2E_APP_DIR ?? ROOT);

/** A local node with the seeded DAO, and a production build serving it. */
export interface Stack {
  rpcUrl: string;
  appUrl: string;
  chainId: number;
  deployment: Deployment;
  /** Stops the node (the app keeps running), as if it crashed. */
  stopNode(): Promise<void>;
  /** Starts a fresh node on the same port and deploys and seeds it again. */
  startNode(): Promise<void>;
  stop(): Promise<void>;
}

async function rpc(url: string, method: string, params: unknown[] = []) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: unknown; error?: unknown };
  if (body.error) throw new Error(JSON.stringify(body.error));
  return body.result;
}

/**
 * Builds the app (unless E2E_SKIP_BUILD=1 and a build exists), starts a
 * Hardhat node and `next start` on free ports, deploys the DAO and seeds it.
 * Everything runs from the repository root; deployment records go to a
 * temporary folder, Ignition's journal to ignition/deployments/<id>/.
 */
export async function startStack(): Promise<Stack> {
  const nodePort = await freePort();
  const appPort = await freePort();
  const rpcUrl = `http://127.0.0.1:${nodePort}`;
  const appUrl = `http://127.0.0.1:${appPort}`;
  const deploymentsDir = await mkdtemp(path.join(os.tmpdir(), "dao-e2e-"));
  // Per-process, so two runs (a developer's and CI's) never share a journal.
  const deploymentId = `e2e-${process.pid}`;
  const journalDir = path.join(ROOT, "ignition", "deployments", deploymentId);
  const env = {
    DAO_RPC_URL: rpcUrl,
    DAO_CHAIN_ID: String(CHAIN_ID),
    DAO_DEPLOYMENTS_DIR: deploymentsDir,
    DAO_DEPLOYMENT_ID: deploymentId,
  };

  const build = () =>
    timed("build (next build)", async () => {
      const skip =
        process.env.E2E_SKIP_BUILD === "1" &&
        existsSync(path.join(APP_DIR, ".next", "BUILD_ID"));
      if (!skip) await run("next-build", "next", ["build"], env, APP_DIR);
    });

  let node: Service | undefined;
  const startNode = async () => {
    await rm(journalDir, { recursive: true, force: true });
    await timed("node start", async () => {
      node = startService("hardhat-node", "hardhat", [
        "node",
        "--hostname",
        "127.0.0.1",
        "--port",
        String(nodePort),
      ]);
      await waitUntil(
        "the Hardhat node",
        async () => (await rpc(rpcUrl, "eth_chainId")) !== undefined,
        { service: node },
      );
    });
    // Compiled once up front (see below), not by every script.
    const args = ["--", "--network", "localhost", "--no-compile"];
    await timed("deploy", () =>
      run("deploy", "npm", ["run", "deploy", ...args], env),
    );
    await timed("seed", () =>
      run("seed", "npm", ["run", "seed", ...args], env),
    );
  };
  const stopNode = async () => {
    await node?.stop();
  };

  let app: Service | undefined;
  const stop = async () => {
    await stopAllServices();
    await rm(deploymentsDir, { recursive: true, force: true });
    await rm(journalDir, { recursive: true, force: true });
  };

  try {
    await timed("compile contracts", () =>
      run("compile", "hardhat", ["build", "--quiet"]),
    );
    // The app's build (which type-checks against the compiled artifacts)
    // and the chain do not depend on each other: overlap them.
    await Promise.all([build(), startNode()]);
    await timed("app start (next start)", async () => {
      app = startService(
        "next-start",
        "next",
        ["start", "-H", "127.0.0.1", "-p", String(appPort)],
        env,
        APP_DIR,
      );
      await waitUntil(
        "next start",
        async () => (await fetch(appUrl, { redirect: "manual" })).status > 0,
        { service: app },
      );
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const deployment = parseDeployment(
    JSON.parse(
      readFileSync(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8"),
    ),
  );
  return {
    rpcUrl,
    appUrl,
    chainId: CHAIN_ID,
    deployment,
    stopNode,
    startNode,
    stop,
  };
}
