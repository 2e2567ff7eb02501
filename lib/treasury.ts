import {
  type Abi,
  type Address,
  decodeFunctionData,
  getAddress,
  type Hash,
  type Hex,
  type PublicClient,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
  treasuryAbi,
} from "../generated/abis.ts";
import type { ContractName, Deployment } from "./deployments.ts";
import { readMany } from "./multicall.ts";

/** What the treasury (the timelock) holds. */
export interface TreasuryBalances {
  address: Address;
  eth: bigint;
  tokens: bigint;
  nfts: bigint;
}

/** Reads the treasury's ETH, governance-token and NFT balances. */
export async function readTreasuryBalances(
  client: PublicClient,
  deployment: Deployment,
): Promise<TreasuryBalances> {
  const address = deployment.contracts.Treasury.address;
  const [eth, [tokens, nfts]] = await Promise.all([
    client.getBalance({ address }),
    readMany(client, [
      {
        address: deployment.contracts.GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "balanceOf",
        args: [address],
      },
      {
        address: deployment.contracts.CommunityNFT.address,
        abi: communityNftAbi,
        functionName: "balanceOf",
        args: [address],
      },
    ]),
  ]);
  return { address, eth, tokens, nfts };
}

/** One call of an executed proposal, decoded when it targets our contracts. */
export interface ExecutedAction {
  target: Address;
  /** Our contract's name, when the target is one of them. */
  targetName: ContractName | null;
  value: bigint;
  /** Decoded function name, or `null` for a plain transfer / unknown call. */
  functionName: string | null;
  args: readonly unknown[];
  calldata: Hex;
}

/** A proposal the treasury executed, with what it did. */
export interface ExecutedProposal {
  proposalId: bigint;
  title: string;
  actions: ExecutedAction[];
  /** ETH the proposal sent out of the treasury, in wei. */
  ethSent: bigint;
  blockNumber: bigint;
  transactionHash: Hash;
}

const ABIS: Record<ContractName, Abi> = {
  GovernanceToken: governanceTokenAbi,
  CommunityNFT: communityNftAbi,
  DAOGovernor: daoGovernorAbi,
  Treasury: treasuryAbi,
};

/** The first line of a proposal description, without markdown heading marks. */
export function proposalTitle(description: string): string {
  const line =
    description
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l !== "") ?? "";
  const title = line.replace(/^#+\s*/, "").slice(0, 120);
  return title || "Untitled proposal";
}

function decodeAction(
  deployment: Deployment,
  target: Address,
  value: bigint,
  calldata: Hex,
): ExecutedAction {
  const names = Object.keys(ABIS) as ContractName[];
  const targetName =
    names.find((n) => getAddress(deployment.contracts[n].address) === target) ??
    null;
  let functionName: string | null = null;
  let args: readonly unknown[] = [];
  if (targetName && calldata !== "0x") {
    try {
      const decoded = decodeFunctionData({
        abi: ABIS[targetName],
        data: calldata,
      });
      functionName = decoded.functionName;
      args = decoded.args ?? [];
    } catch {
      // Unknown selector: shown as raw calldata.
    }
  }
  return { target, targetName, value, functionName, args, calldata };
}

/**
 * Finds executed proposals (ProposalExecuted) and what they did (from their
 * ProposalCreated), newest first, with one log query over the Governor's
 * history.
 */
export async function readExecutedProposals(
  client: PublicClient,
  deployment: Deployment,
): Promise<ExecutedProposal[]> {
  const governor = deployment.contracts.DAOGovernor;
  const logs = await client.getContractEvents({
    address: governor.address,
    abi: daoGovernorAbi,
    fromBlock: BigInt(governor.deployBlock),
    toBlock: "latest",
    strict: true,
  });

  const created = new Map<bigint, (typeof logs)[number]>();
  const executed: ExecutedProposal[] = [];
  for (const log of logs) {
    if (log.eventName === "ProposalCreated") {
      created.set(log.args.proposalId, log);
    }
  }
  for (const log of logs) {
    if (log.eventName !== "ProposalExecuted") continue;
    const origin = created.get(log.args.proposalId);
    const args = origin?.eventName === "ProposalCreated" ? origin.args : null;
    const actions = args
      ? args.targets.map((target, i) =>
          decodeAction(
            deployment,
            getAddress(target),
            args.values[i] ?? 0n,
            args.calldatas[i] ?? "0x",
          ),
        )
      : [];
    executed.push({
      proposalId: log.args.proposalId,
      title: args ? proposalTitle(args.description) : "Unknown proposal",
      actions,
      ethSent: actions.reduce((sum, a) => sum + a.value, 0n),
      blockNumber: log.blockNumber,
      transactionHash: log.transactionHash,
    });
  }
  return executed.reverse();
}
