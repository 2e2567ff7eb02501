// `npm run bench`: gas against OpenZeppelin baselines (bench/gas.ts), then the
// app's cost as the DAO grows (bench/app.ts). Prints one table and writes
// bench/results.json, one object per row.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const OUT = path.join(ROOT, "bench", "out");
const started = Date.now();

/** Runs one bench step under the same Node (22 inside npm scripts) with tsx. */
function step(file) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "bench", file)],
    { cwd: ROOT, stdio: "inherit", env: process.env },
  );
  if (result.status !== 0) {
    console.error(`bench: ${file} failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const skipApp = process.argv.includes("--gas-only");
step("gas.ts");
if (!skipApp) step("app.ts");

const rows = [
  ...JSON.parse(readFileSync(path.join(OUT, "gas.json"), "utf8")),
  ...(!skipApp && existsSync(path.join(OUT, "app.json"))
    ? JSON.parse(readFileSync(path.join(OUT, "app.json"), "utf8"))
    : []),
];
writeFileSync(
  path.join(ROOT, "bench", "results.json"),
  JSON.stringify(rows, null, 2) + "\n",
);

const format = (value) =>
  value === null
    ? "–"
    : Number.isInteger(value)
      ? value.toLocaleString("en-US")
      : String(value);
const table = [
  ["Measure", "Ours", "Baseline", "Ratio", "Goal", "Unit", "Runs", "Note"],
  ...rows.map((row) => [
    row.name,
    format(row.ours),
    format(row.baseline),
    row.ratio === null ? "–" : row.ratio.toFixed(3),
    row.goal || "–",
    row.unit,
    String(row.runs),
    row.note,
  ]),
];
const widths = table[0].map((_, column) =>
  Math.max(
    ...table
      .slice(0, 1)
      .concat(table)
      .map((r) => r[column].length),
  ),
);
const line = (cells) =>
  "| " + cells.map((cell, i) => cell.padEnd(widths[i])).join(" | ") + " |";
console.log("\n" + line(table[0]));
console.log("| " + widths.map((w) => "-".repeat(w)).join(" | ") + " |");
for (const r of table.slice(1)) console.log(line(r));
console.log(
  `\nWrote bench/results.json (${rows.length} rows) in ` +
    `${((Date.now() - started) / 1000).toFixed(0)} s.`,
);
