/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One row of the benchmark table, as written to `bench/results.json`. */
export interface BenchRow {
  name: string;
  ours: number | null;
  baseline: number | null;
  /** `ours / baseline`, rounded to 3 decimals; null without a baseline. */
  ratio: number | null;
  unit: string;
  /** The target, e.g. "≤ 1.00" for a ratio; empty when there is none. */
  goal: string;
  /** How many runs the median `ours` (and `baseline`) comes from. */
  runs: number;
  /** What the baseline is, or what extra gas buys where a goal is missed. */
  note: string;
}

export function ratio(ours: number | null, baseline: number | null) {
  if (ours === null || baseline === null || baseline === 0) return null;
  return Math.round((ours / baseline) * 1000) / 1000;
}
