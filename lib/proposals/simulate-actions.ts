import {
  type Abi,
  type Hex,
  type PublicClient,
  BaseError,
  decodeErrorResult,
  isAddressEqual,
  isHex,
} from "viem";

import type { Deployment } from "../deployments.ts";
import { describeError, describeRevert } from "../errors.ts";
import type { ProposalAction } from "./proposal.ts";

export type SimulationResult =
  | { status: "success" }
  | { status: "revert"; reason: string; errorName?: string }
  /** Not checkable ahead of execution; `reason` says why. */
  | { status: "unchecked"; reason: string };

/** Finds revert data anywhere in viem's error chain. */
function revertData(error: unknown): Hex | undefined {
  if (!(error instanceof BaseError)) return undefined;
  let found: Hex | undefined;
  error.walk((cause) => {
    const data = (cause as { data?: unknown }).data;
    const nested = (data as { data?: unknown } | null | undefined)?.data;
    const hex = typeof data === "string" ? data : nested;
    if (typeof hex === "string" && isHex(hex) && hex.length >= 10) {
      found = hex;
      return true;
    }
    return false;
  });
  return found;
}

/**
 * Turns a failed simulation into words: errors of a pasted ABI first, then
 * the app's one error describer (our contracts' errors, reasons, the node).
 */
export function explainRevert(
  error: unknown,
  extraAbi: Abi = [],
): SimulationResult {
  const data = revertData(error);
  if (data && extraAbi.some((item) => item.type === "error")) {
    try {
      const decoded = decodeErrorResult({ abi: extraAbi, data });
      const { message, errorName } = describeRevert(
        decoded.errorName,
        decoded.args ?? [],
      );
      return { status: "revert", reason: message, errorName };
    } catch {
      // Not an error of the pasted ABI: describe it like any other.
    }
  }
  const { message, errorName } = describeError(error);
  return { status: "revert", reason: message, errorName };
}

/**
 * Runs each action as an `eth_call` from the treasury's address, with its
 * value, against the latest state. Actions are checked one by one: an action
 * that depends on an earlier one in the same proposal is checked without it.
 */
export async function simulateActions(
  client: PublicClient,
  deployment: Deployment,
  actions: readonly ProposalAction[],
  extraAbi: Abi = [],
): Promise<SimulationResult[]> {
  const treasury = deployment.contracts.Treasury.address;
  const governor = deployment.contracts.DAOGovernor.address;
  return Promise.all(
    actions.map(
      async ({ target, value, calldata }): Promise<SimulationResult> => {
        if (isAddressEqual(target, governor)) {
          // onlyGovernance accepts a call only while the governor executes
          // the proposal that carries it, so any call made earlier reverts.
          return {
            status: "unchecked",
            reason:
              "Governor settings accept calls only during execution, " +
              "so this cannot be checked ahead.",
          };
        }
        try {
          await client.call({
            account: treasury,
            to: target,
            value,
            data: calldata,
          });
          return { status: "success" };
        } catch (error) {
          return explainRevert(error, extraAbi);
        }
      },
    ),
  );
}
