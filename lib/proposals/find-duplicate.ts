import {
  type PublicClient,
  encodeAbiParameters,
  keccak256,
  toBytes,
} from "viem";

import { daoGovernorAbi } from "../../generated/abis.ts";
import type { Deployment } from "../deployments.ts";
import { type ProposalState, proposalStateName } from "./proposal.ts";
import type { ProposalAction } from "./proposal.ts";

/** The governor's `hashProposal`, computed locally. */
export function proposalId(
  actions: readonly ProposalAction[],
  description: string,
): bigint {
  return BigInt(
    keccak256(
      encodeAbiParameters(
        [
          { type: "address[]" },
          { type: "uint256[]" },
          { type: "bytes[]" },
          { type: "bytes32" },
        ],
        [
          actions.map((action) => action.target),
          actions.map((action) => action.value),
          actions.map((action) => action.calldata),
          keccak256(toBytes(description)),
        ],
      ),
    ),
  );
}

/**
 * If a proposal with exactly these actions and description already exists,
 * returns its id and state (the governor would reject a second one).
 */
export async function findDuplicate(
  client: PublicClient,
  deployment: Deployment,
  actions: readonly ProposalAction[],
  description: string,
): Promise<{ id: bigint; state: ProposalState } | undefined> {
  const id = proposalId(actions, description);
  const governor = {
    address: deployment.contracts.DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  const snapshot = await client.readContract({
    ...governor,
    functionName: "proposalSnapshot",
    args: [id],
  });
  if (snapshot === 0n) return undefined;
  const state = await client.readContract({
    ...governor,
    functionName: "state",
    args: [id],
  });
  return { id, state: proposalStateName(state) };
}
