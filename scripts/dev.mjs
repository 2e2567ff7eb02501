// `npm run dev`: the whole local DAO in one command. Starts a Hardhat node on
// 127.0.0.1:8545, deploys the contracts, seeds the demo DAO and serves the app
// on http://localhost:3000. Ctrl-C stops everything it started.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";

import { getAddress } from "viem";

const ROOT = path.resolve(import.meta.dirname, "..");
const NODE_PORT = Number(process.env.DAO_NODE_PORT ?? 8545);
const APP_PORT = Number(process.env.PORT ?? 3000);
const RPC_URL = `http://127.0.0.1:${NODE_PORT}`;
const BIN = path.join(ROOT, "node_modules", ".bin");

const children = new Set();
let stopping = false;

function run(command, args, { env = {}, background = false } = {}) {
  const child = spawn(path.join(BIN, command), args, {
    cwd: ROOT,
    env: { ...process.env, DAO_RPC_URL: RPC_URL, ...env },
    stdio: background ? ["ignore", "pipe", "inherit"] : "inherit",
    // Its own process group, so that stopping it stops its children too.
    detached: true,
  });
  children.add(child);
  child.on("exit", () => children.delete(child));
  if (background) return child;
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `${command} ${args.join(" ")} failed (${signal ?? code})`,
            ),
          ),
    );
  });
}

function stopAll() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForNode(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(RPC_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId" }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `The Hardhat node did not answer on ${RPC_URL} within ${timeoutMs / 1000} s.`,
  );
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping the node and the app…");
    stopAll();
    setTimeout(() => process.exit(0), 500);
  });
}

// What the seed made of the first accounts (see scripts/lib/seed-data.ts).
const ROLES = [
  "deployer, large holder, self-delegated",
  "largest holder, 3 badges, delegate of #3",
  "holder, 1 badge, delegate of #6",
  "holder, delegates to #1",
  "holder, 2 badges",
  "holder who has not delegated yet",
];

function printAccounts(banner) {
  const accounts = [
    ...banner.matchAll(
      /Account #(\d+):\s+(0x[0-9a-fA-F]{40}).*\n\s*Private Key: (0x[0-9a-f]{64})/g,
    ),
  ].slice(0, ROLES.length);
  if (accounts.length === 0) return;
  console.log(
    "\nSeeded accounts (Hardhat's public test keys: never use them on a real network):",
  );
  for (const [, index, address, key] of accounts) {
    console.log(
      `  #${index} ${getAddress(address)}  ${ROLES[Number(index)]}\n     key ${key}`,
    );
  }
}

async function main() {
  for (const [port, what, variable] of [
    [NODE_PORT, "the local node", "DAO_NODE_PORT"],
    [APP_PORT, "the app", "PORT"],
  ]) {
    if (await portInUse(port)) {
      throw new Error(
        `Port ${port}, which ${what} needs, is already in use: stop whatever listens there ` +
          `(an earlier \`npm run dev\` or \`npm run node\`?) or set ${variable} to another port.`,
      );
    }
  }

  console.log("Compiling the contracts…");
  await run("hardhat", ["build", "--quiet"]);
  await run("node", ["scripts/export-abis.mjs"]);

  console.log(`Starting a Hardhat node on ${RPC_URL}…`);
  const node = run(
    "hardhat",
    ["node", "--hostname", "127.0.0.1", "--port", String(NODE_PORT)],
    { background: true },
  );
  // Keep the node's account list: it names the test keys to import in MetaMask.
  let nodeBanner = "";
  node.stdout.on("data", (chunk) => {
    if (nodeBanner.length < 20_000) nodeBanner += chunk;
  });
  node.on("exit", (code) => {
    if (!stopping) {
      console.error(`The Hardhat node stopped (${code}); stopping the app.`);
      stopping = true;
      stopAll();
      process.exitCode = 1;
    }
  });
  await waitForNode(60_000);

  // A new node has a new chain: forget Ignition's journal of the last one.
  rmSync(path.join(ROOT, "ignition", "deployments", "chain-31337"), {
    recursive: true,
    force: true,
  });
  await run("hardhat", ["run", "scripts/deploy.ts", "--network", "localhost"]);
  await run("hardhat", ["run", "scripts/seed.ts", "--network", "localhost"]);

  printAccounts(nodeBanner);
  console.log(`
The DAO runs on a local chain (id 31337) at ${RPC_URL}.
Open http://localhost:${APP_PORT} — MetaMask setup is in the README.
Press Ctrl-C to stop the node and the app.
`);
  const app = run("next", ["dev", "--port", String(APP_PORT)], {
    background: true,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  });
  app.stdout.pipe(process.stdout);
  app.on("exit", (code) => {
    if (!stopping) {
      stopping = true;
      stopAll();
      process.exitCode = code ?? 1;
    }
  });
}

main().catch((error) => {
  console.error(error.message);
  stopping = true;
  stopAll();
  process.exitCode = 1;
});
