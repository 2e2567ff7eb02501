import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { RESULTS_DIR } from "./processes.ts";

const timings: { step: string; ms: number; ok: boolean }[] = [];

/** Runs `work`, recording how long it took under `step`. */
export async function timed<T>(
  step: string,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  let ok = false;
  try {
    const result = await work();
    ok = true;
    return result;
  } finally {
    timings.push({ step, ms: Math.round(performance.now() - start), ok });
  }
}

/**
 * The measured steps as a table, also written to
 * test-results/e2e/timings.json.
 */
export function timingReport(): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    path.join(RESULTS_DIR, "timings.json"),
    JSON.stringify(timings, null, 2) + "\n",
  );
  const width = Math.max(...timings.map(({ step }) => step.length), 10);
  return timings
    .map(
      ({ step, ms, ok }) =>
        `${step.padEnd(width)} ${(ms / 1000).toFixed(1).padStart(6)} s` +
        (ok ? "" : "  (failed)"),
    )
    .join("\n");
}
