import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const BIN = path.join(ROOT, "node_modules", ".bin");
// Hardhat needs Node 22, which the `node` devDependency puts in BIN.
const ENV = {
  ...process.env,
  PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
};

/** Asks the OS for a port nobody listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` with eth_chainId until it answers or `timeoutMs` passes. */
export async function waitForRpc(
  url: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId" }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(`No JSON-RPC answer from ${url} within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface LocalNode {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts `hardhat node` on a free port (or `port`) and waits until it answers. */
export async function startLocalNode(port?: number): Promise<LocalNode> {
  const chosen = port ?? (await freePort());
  const child: ChildProcess = spawn(
    path.join(BIN, "hardhat"),
    ["node", "--hostname", "127.0.0.1", "--port", String(chosen)],
    { cwd: ROOT, env: ENV, stdio: "ignore", detached: true },
  );
  const url = `http://127.0.0.1:${chosen}`;
  await waitForRpc(url);
  return {
    url,
    port: chosen,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}

/**
 * Runs `npm run <script> -- --network localhost` against `node`, with the
 * deployment record and Ignition journal kept apart from the developer's.
 */
export function runAgainst(
  node: LocalNode,
  script: "deploy" | "seed",
  deploymentsDir: string,
  deploymentId: string,
): Promise<{ code: number; output: string }> {
  const file = script === "deploy" ? "scripts/deploy.ts" : "scripts/seed.ts";
  return new Promise((resolve) => {
    const child = spawn(
      path.join(BIN, "hardhat"),
      ["run", file, "--network", "localhost"],
      {
        cwd: ROOT,
        env: {
          ...ENV,
          DAO_RPC_URL: node.url,
          DAO_DEPLOYMENTS_DIR: deploymentsDir,
          DAO_DEPLOYMENT_ID: deploymentId,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}
