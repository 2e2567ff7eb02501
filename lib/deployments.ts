import { type Address, isAddress } from "viem";

/** The contracts every deployment of the DAO contains. */
export const CONTRACT_NAMES = [
  "GovernanceToken",
  "CommunityNFT",
  "DAOGovernor",
  "Treasury",
] as const;

export type ContractName = (typeof CONTRACT_NAMES)[number];

export interface DeployedContract {
  address: Address;
  /** Block of the deployment transaction: where event scans start. */
  deployBlock: number;
}

/** Contents of `deployments/<chainId>.json`. */
export interface Deployment {
  chainId: number;
  contracts: Record<ContractName, DeployedContract>;
}

/** Thrown when a deployments file does not have the expected shape. */
export class InvalidDeploymentError extends Error {
  override name = "InvalidDeploymentError";
}

/**
 * Checks that `value` (parsed JSON) is a deployment record and returns it
 * typed. Throws {@link InvalidDeploymentError} naming the first bad field.
 */
export function parseDeployment(value: unknown): Deployment {
  if (typeof value !== "object" || value === null) {
    throw new InvalidDeploymentError("deployment is not an object");
  }
  const { chainId, contracts } = value as Record<string, unknown>;
  if (typeof chainId !== "number" || !Number.isSafeInteger(chainId)) {
    throw new InvalidDeploymentError("chainId must be an integer");
  }
  if (typeof contracts !== "object" || contracts === null) {
    throw new InvalidDeploymentError("contracts must be an object");
  }
  for (const name of CONTRACT_NAMES) {
    const entry = (contracts as Record<string, unknown>)[name] as
      Record<string, unknown> | undefined;
    if (
      !entry ||
      typeof entry.address !== "string" ||
      !isAddress(entry.address)
    ) {
      throw new InvalidDeploymentError(`${name}.address is missing or invalid`);
    }
    if (
      typeof entry.deployBlock !== "number" ||
      !Number.isSafeInteger(entry.deployBlock) ||
      entry.deployBlock < 0
    ) {
      throw new InvalidDeploymentError(
        `${name}.deployBlock is missing or invalid`,
      );
    }
  }
  return value as Deployment;
}

/** The earliest deploy block of all contracts: where a full event scan starts. */
export function firstDeployBlock(deployment: Deployment): number {
  return Math.min(
    ...CONTRACT_NAMES.map((name) => deployment.contracts[name].deployBlock),
  );
}
