import path from "node:path";

import { createHardhatRuntimeEnvironment } from "hardhat/hre";
import type { HardhatRuntimeEnvironment } from "hardhat/types/hre";

import userConfig from "../../hardhat.config.ts";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const OUT = path.join(ROOT, "bench", "out");

/**
 * A Hardhat runtime for the benchmarks: the project's own config (same
 * compiler, same settings, same plugins) with one source folder added,
 * `bench/contracts/`, for the baseline contracts. Its artifacts and cache go
 * to `bench/out/`, so the project's `hardhat build`, its tests and its
 * coverage never see the baselines.
 */
export async function createBenchHre(): Promise<HardhatRuntimeEnvironment> {
  return await createHardhatRuntimeEnvironment(
    {
      ...userConfig,
      paths: {
        ...userConfig.paths,
        sources: { solidity: ["contracts", "bench/contracts"] },
        artifacts: path.join(OUT, "artifacts"),
        cache: path.join(OUT, "cache"),
      },
    },
    {},
    ROOT,
  );
}

/** Compiles ours and the baselines (not the Solidity tests) into `bench/out/`. */
export async function buildContracts(
  hre: HardhatRuntimeEnvironment,
): Promise<void> {
  await hre.tasks.getTask("build").run({ noTests: true, quiet: true });
}
