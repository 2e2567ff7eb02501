// `npm test`: every suite, one after the other, then one closing line
// `N passed, N failed` that sums them. A suite that crashes before reporting
// counts as one failure.
import { spawn } from "node:child_process";
import { existsSync, globSync } from "node:fs";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
const BIN = path.join(ROOT, "node_modules", ".bin");

// Unit tests live next to the code they test.
const UNIT_GLOBS = [
  "lib/**/*.test.ts",
  "hooks/**/*.test.ts",
  "components/**/*.test.ts",
  "scripts/**/*.test.ts",
];
const E2E_GLOBS = ["e2e/**/*.test.ts"];

const files = (globs) =>
  globs.flatMap((pattern) => globSync(pattern, { cwd: ROOT })).sort();

const only = new Set(process.argv.slice(2));
const suites = [
  {
    name: "contracts (Solidity)",
    command: "hardhat",
    args: ["test", "solidity", "--no-compile"],
  },
  {
    name: "contracts (TypeScript)",
    command: "hardhat",
    args: ["test", "nodejs", "--no-compile"],
  },
  {
    name: "unit",
    command: "node",
    args: [
      "--import",
      "tsx",
      "--test",
      "--test-reporter=spec",
      ...files(UNIT_GLOBS),
    ],
    skipWhenEmpty: files(UNIT_GLOBS).length === 0,
  },
  {
    name: "browser",
    command: "node",
    args: [
      "--import",
      "tsx",
      "--test",
      "--test-concurrency=1",
      "--test-reporter=spec",
      ...files(E2E_GLOBS),
    ],
    skipWhenEmpty: files(E2E_GLOBS).length === 0,
  },
].filter((suite) => only.size === 0 || only.has(suite.name.split(" ")[0]));

function run(command, args, { capture = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(
      path.isAbsolute(command) ? command : path.join(BIN, command),
      args,
      {
        cwd: ROOT,
        env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
        stdio: [
          "ignore",
          capture ? "pipe" : "inherit",
          capture ? "pipe" : "inherit",
        ],
      },
    );
    let output = "";
    if (capture) {
      for (const stream of [child.stdout, child.stderr]) {
        stream.on("data", (chunk) => {
          process.stdout.write(chunk);
          output += chunk;
        });
      }
    }
    child.on("exit", (code, signal) =>
      resolve({ code: code ?? 1, signal, output }),
    );
  });
}

function lastNumber(output, patterns) {
  let found;
  for (const pattern of patterns) {
    for (const match of stripVTControlCharacters(output).matchAll(pattern)) {
      found = Number(match[1]);
    }
  }
  return found;
}

function counts(output) {
  const passed = lastNumber(output, [
    /^\s*(\d+) passing/gm,
    /^\S* ?pass (\d+)$/gm,
  ]);
  const failed = lastNumber(output, [
    /^\s*(\d+) failing/gm,
    /^\S* ?fail (\d+)$/gm,
  ]);
  return { passed, failed };
}

console.log("Compiling the contracts…");
const build = await run("hardhat", ["build", "--quiet"], { capture: false });
const abis = await run("node", ["scripts/export-abis.mjs"], { capture: false });
if (build.code !== 0 || abis.code !== 0) {
  console.log("The contracts did not compile.\n0 passed, 1 failed");
  process.exit(1);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Browser tests drive Debian's Chromium; install it if this machine lacks it. */
async function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    console.log(
      `Chromium is missing at ${CHROMIUM}: install it (apt-get install chromium) ` +
        "or set CHROMIUM_PATH.",
    );
    return false;
  }
  console.log("Installing Chromium from Debian's packages…");
  const update = await run("/usr/bin/apt-get", ["update", "-qq"], {
    capture: false,
  });
  const install = await run(
    "/usr/bin/apt-get",
    ["install", "-y", "-qq", "chromium"],
    {
      capture: false,
    },
  );
  return update.code === 0 && install.code === 0 && existsSync(CHROMIUM);
}

const summary = [];
for (const suite of suites) {
  if (suite.skipWhenEmpty) {
    summary.push({
      name: suite.name,
      passed: 0,
      failed: 0,
      note: "no test files",
    });
    continue;
  }
  if (suite.name === "browser" && !(await ensureChromium())) {
    summary.push({
      name: suite.name,
      passed: 0,
      failed: 1,
      note: "no Chromium",
    });
    continue;
  }
  console.log(`\n=== ${suite.name} ===`);
  const started = Date.now();
  const result = await run(suite.command, suite.args);
  const { passed = 0, failed = 0 } = counts(result.output);
  // A suite that exits non-zero without reporting a failure crashed.
  const crashed = result.code !== 0 && failed === 0;
  summary.push({
    name: suite.name,
    passed,
    failed: failed + (crashed ? 1 : 0),
    note: `${((Date.now() - started) / 1000).toFixed(1)} s${crashed ? ", crashed" : ""}`,
  });
}

console.log("\n=== summary ===");
for (const { name, passed, failed, note } of summary) {
  console.log(
    `${name.padEnd(24)} ${passed} passed, ${failed} failed (${note})`,
  );
}
const total = summary.reduce(
  (sum, suite) => ({
    passed: sum.passed + suite.passed,
    failed: sum.failed + suite.failed,
  }),
  { passed: 0, failed: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
