import { readFile } from "node:fs/promises";
import path from "node:path";

import { type Deployment, parseDeployment } from "./deployments.ts";

/** What the app needs to know about the chain it talks to. */
export interface AppConfig {
  /** JSON-RPC endpoint every read goes through, wallet or not. */
  rpcUrl: string;
  chainId: number;
  /** The DAO's contracts, or `null` when no deployment file was found. */
  deployment: Deployment | null;
  /** Why `deployment` is `null`: one sentence for the setup page. */
  deploymentProblem: string | null;
}

/** An {@link AppConfig} whose deployment is known to exist. */
export type ReadyAppConfig = AppConfig & { deployment: Deployment };

export const DEFAULT_RPC_URL = "http://127.0.0.1:8545";
export const DEFAULT_CHAIN_ID = 31337;
export const DEFAULT_DEPLOYMENTS_DIR = "deployments";

type Env = Record<string, string | undefined>;

/** Thrown when an environment variable of the app holds a bad value. */
export class InvalidAppConfigError extends Error {
  override name = "InvalidAppConfigError";
}

function parseChainId(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_CHAIN_ID;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new InvalidAppConfigError(
      `DAO_CHAIN_ID must be a positive integer, got "${raw}"`,
    );
  }
  return value;
}

function parseRpcUrl(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === "") return DEFAULT_RPC_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidAppConfigError(`DAO_RPC_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new InvalidAppConfigError("DAO_RPC_URL must be an http(s) URL");
  }
  return raw;
}

/**
 * Reads the app's runtime configuration from the environment
 * (`DAO_RPC_URL`, `DAO_CHAIN_ID`, `DAO_DEPLOYMENTS_DIR`) and the deployment
 * record `<DAO_DEPLOYMENTS_DIR>/<chainId>.json`. Server only: it reads files.
 *
 * A missing or malformed deployment file is not an error here: it comes back
 * as `deployment: null` with the reason, so the app can explain what to run.
 */
export async function loadAppConfig(
  env: Env = process.env,
  cwd: string = process.cwd(),
): Promise<AppConfig> {
  const rpcUrl = parseRpcUrl(env.DAO_RPC_URL);
  const chainId = parseChainId(env.DAO_CHAIN_ID);
  const dir = path.resolve(
    cwd,
    env.DAO_DEPLOYMENTS_DIR?.trim() || DEFAULT_DEPLOYMENTS_DIR,
  );
  const file = path.join(dir, `${chainId}.json`);

  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return {
      rpcUrl,
      chainId,
      deployment: null,
      deploymentProblem: `No deployment file at ${file}.`,
    };
  }

  try {
    const deployment = parseDeployment(JSON.parse(text));
    if (deployment.chainId !== chainId) {
      return {
        rpcUrl,
        chainId,
        deployment: null,
        deploymentProblem:
          `${file} is for chain ${deployment.chainId}, ` +
          `but DAO_CHAIN_ID is ${chainId}.`,
      };
    }
    return { rpcUrl, chainId, deployment, deploymentProblem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      rpcUrl,
      chainId,
      deployment: null,
      deploymentProblem: `${file} is not a valid deployment: ${reason}.`,
    };
  }
}
