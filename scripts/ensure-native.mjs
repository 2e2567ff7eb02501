// Makes sure Hardhat's native engine (EDR) is installed.
//
// Hardhat 3 needs Node 22. The `node` devDependency puts a Node 22 binary at
// node_modules/.bin/node, and npm scripts run on it. But an `npm install`
// started by an older Node skips EDR's platform package (its `engines` field
// asks for Node >= 22), so every Hardhat command would fail to load it. This
// script probes the binding and, if it is missing, re-runs the install with
// the Node 22 binary. It runs as `postinstall` and `pretest`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const GUARD = "COMMONS_DAO_ENSURE_NATIVE";
if (process.env[GUARD]) process.exit(0);

const root = path.resolve(import.meta.dirname, "..");
const node22 = path.join(root, "node_modules", ".bin", "node");
if (!existsSync(node22)) process.exit(0);

const probe = spawnSync(node22, ["-e", "require('@nomicfoundation/edr')"], {
  cwd: root,
  stdio: "ignore",
});
if (probe.status === 0) process.exit(0);

const npmCli = process.env.npm_execpath;
if (!npmCli) {
  console.error("Hardhat's native engine is missing; run `npm install` again.");
  process.exit(1);
}
console.log("Installing Hardhat's native engine with Node 22…");
const heal = spawnSync(node22, [npmCli, "install", "--no-audit", "--no-fund"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, [GUARD]: "1" },
});
process.exit(heal.status ?? 1);
