// Branch coverage of contracts/, derived from `hardhat test --coverage`.
//
// Hardhat 3.18 reports line and statement coverage only. For each statement
// it saves, in coverage/data/<runner>/, how many coverage reports (one per
// test run chunk) included it. This script turns those counts into branch
// coverage of every `if` in our contracts, and writes BRDA/BRF/BRH records
// into coverage/lcov.info:
// - the true branch ran if any statement inside its body ran;
// - the false branch ran if a statement of the `else` ran or, without an
//   `else`, if more reports include the `if` than the first statement of its
//   body (some report saw the `if` without its body). This can miss a false
//   branch that only ever ran alongside a true one; it never invents one.
// `&&` / `||` operands are not branches here (EDR has no expression data).
// It reads the data of the last run of each runner, so run it after a full
// `hardhat test --coverage`, as `npm run coverage` does. It exits non-zero
// when lines fall below COVERAGE_MIN_LINES (95) or branches below
// COVERAGE_MIN_BRANCHES (90) per cent.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const edr = require("@nomicfoundation/edr");
const solc = require("solc");

const ROOT = path.resolve(import.meta.dirname, "..");
const COVERAGE = path.join(ROOT, "coverage");
const LCOV = path.join(COVERAGE, "lcov.info");
const MIN_BRANCHES = Number(process.env.COVERAGE_MIN_BRANCHES ?? 90);
const MIN_LINES = Number(process.env.COVERAGE_MIN_LINES ?? 95);

/** Report counts by statement tag, summed over every test runner's data. */
function loadHits() {
  const hits = new Map();
  const dataDir = path.join(COVERAGE, "data");
  for (const runner of readdirSync(dataDir)) {
    for (const file of readdirSync(path.join(dataDir, runner))) {
      const counts = JSON.parse(
        readFileSync(path.join(dataDir, runner, file), "utf8"),
      );
      for (const [tag, count] of Object.entries(counts)) {
        hits.set(tag, (hits.get(tag) ?? 0) + count);
      }
    }
  }
  return hits;
}

/** The parsed AST of one source (parsing only: imports stay unresolved). */
function parse(sourceName, content) {
  const output = JSON.parse(
    solc.compile(
      JSON.stringify({
        language: "Solidity",
        sources: { [sourceName]: { content } },
        settings: {
          stopAfter: "parsing",
          outputSelection: { "*": { "": ["ast"] } },
        },
      }),
    ),
  );
  const errors = (output.errors ?? []).filter((e) => e.severity === "error");
  if (errors.length > 0) throw new Error(errors[0].formattedMessage);
  return output.sources[sourceName].ast;
}

/** Maps solc's byte offsets to the UTF-16 offsets EDR reports. */
function utf16Offsets(content) {
  const map = [];
  let utf16 = 0;
  for (const char of content) {
    const bytes = Buffer.byteLength(char);
    for (let i = 0; i < bytes; i++) map.push(utf16);
    utf16 += char.length;
  }
  map.push(utf16);
  return map;
}

function* walk(node) {
  if (!node || typeof node !== "object") return;
  if (node.nodeType) yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) yield* walk(item);
    else if (value && typeof value === "object") yield* walk(value);
  }
}

function branchesOf(file, hits) {
  const content = readFileSync(path.join(ROOT, file), "utf8");
  const sourceId = `project/${file}`;
  const { metadata } = edr.addStatementCoverageInstrumentation(
    content,
    sourceId,
    edr.latestSupportedSolidityVersion(),
  );
  const statements = metadata
    .filter((m) => m.kind === "statement")
    .map((m) => {
      // EDR's ranges take in the whitespace around a statement; trim it.
      const text = content.slice(m.startUtf16, m.endUtf16);
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      return {
        start: m.startUtf16 + lead,
        end: m.endUtf16 - trail,
        count: hits.get(Buffer.from(m.tag).toString("hex")) ?? 0,
      };
    });
  const toUtf16 = utf16Offsets(content);
  const range = (node) => {
    const [start, length] = node.src.split(":").map(Number);
    return { start: toUtf16[start], end: toUtf16[start + length] };
  };
  const lineOf = (offset) => content.slice(0, offset).split("\n").length;
  const inside = ({ start, end }) =>
    statements.filter((s) => s.start >= start && s.start < end);
  const countAt = ({ start }) =>
    statements.find((s) => s.start === start)?.count;

  const branches = [];
  for (const node of walk(parse(sourceId, content))) {
    if (node.nodeType !== "IfStatement") continue;
    const own = range(node);
    const trueStatements = inside(range(node.trueBody));
    const trueRuns = Math.max(0, ...trueStatements.map((s) => s.count));
    let falseRuns;
    if (node.falseBody) {
      falseRuns = Math.max(
        0,
        ...inside(range(node.falseBody)).map((s) => s.count),
      );
    } else {
      const ifRuns = countAt(own) ?? 0;
      const firstTrue = trueStatements.sort((a, b) => a.start - b.start)[0];
      falseRuns = Math.max(0, ifRuns - (firstTrue?.count ?? 0));
    }
    const line = lineOf(own.start);
    branches.push({ line, taken: trueRuns }, { line, taken: falseRuns });
  }
  return branches;
}

function withBranches(lcov, results) {
  let file;
  return lcov
    .split("\n")
    .flatMap((line) => {
      if (line.startsWith("SF:")) file = line.slice(3);
      if (line !== "end_of_record" || !results.has(file)) return [line];
      const branches = results.get(file);
      return [
        ...branches.map(
          (b, i) => `BRDA:${b.line},${Math.floor(i / 2)},${i % 2},${b.taken}`,
        ),
        `BRF:${branches.length}`,
        `BRH:${branches.filter((b) => b.taken > 0).length}`,
        line,
      ];
    })
    .join("\n");
}

if (!existsSync(LCOV)) {
  console.error("No coverage/lcov.info: run `hardhat test --coverage` first.");
  process.exit(1);
}
const hits = loadHits();
const lcov = readFileSync(LCOV, "utf8").replace(/^BR(DA|F|H):.*\n/gm, "");
const files = [...lcov.matchAll(/^SF:(.+)$/gm)].map((m) => m[1]);
const results = new Map(files.map((file) => [file, branchesOf(file, hits)]));
writeFileSync(LCOV, withBranches(lcov, results));

let found = 0;
let hit = 0;
console.log("\nBranch coverage (if/else outcomes, from statement data)");
for (const [file, branches] of results) {
  const fileHit = branches.filter((b) => b.taken > 0);
  found += branches.length;
  hit += fileHit.length;
  const missed = branches
    .map((b, i) => (b.taken > 0 ? null : `${b.line}${i % 2 ? "F" : "T"}`))
    .filter(Boolean);
  const pct = branches.length ? (100 * fileHit.length) / branches.length : 100;
  console.log(
    `  ${file.padEnd(32)} ${pct.toFixed(2).padStart(6)} %  ` +
      `${fileHit.length}/${branches.length}` +
      (missed.length ? `  missed: ${missed.join(", ")}` : ""),
  );
}
const total = found ? (100 * hit) / found : 100;
console.log(
  `  ${"Total".padEnd(32)} ${total.toFixed(2).padStart(6)} %  ${hit}/${found}`,
);

const sum = (tag) =>
  [...lcov.matchAll(new RegExp(`^${tag}:(\\d+)$`, "gm"))].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );
const linesFound = sum("LF");
const linesHit = sum("LH");
const lines = linesFound ? (100 * linesHit) / linesFound : 100;
console.log(`Line coverage: ${lines.toFixed(2)} % (${linesHit}/${linesFound})`);

const shortfalls = [
  lines < MIN_LINES &&
    `Line coverage ${lines.toFixed(2)} % is below ${MIN_LINES} %.`,
  total < MIN_BRANCHES &&
    `Branch coverage ${total.toFixed(2)} % is below ${MIN_BRANCHES} %.`,
].filter(Boolean);
for (const shortfall of shortfalls) console.error(shortfall);
if (shortfalls.length > 0) process.exit(1);
