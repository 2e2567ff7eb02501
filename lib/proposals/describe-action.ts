import {
  type Abi,
  type AbiFunction,
  type Address,
  type PublicClient,
  decodeFunctionData,
  isAddressEqual,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
  treasuryAbi,
} from "../../generated/abis.ts";
import {
  type ContractName,
  CONTRACT_NAMES,
  type Deployment,
} from "../deployments.ts";
import { formatExactEth, formatTokenAmount } from "./format.ts";
import type { ProposalAction } from "./proposal.ts";

export const PROJECT_ABIS: Record<ContractName, Abi> = {
  GovernanceToken: governanceTokenAbi,
  CommunityNFT: communityNftAbi,
  DAOGovernor: daoGovernorAbi,
  Treasury: treasuryAbi,
};

/** What decoding needs to know besides the action itself. */
export interface DescribeContext {
  deployment: Deployment;
  token: { symbol: string; decimals: number };
  nftName: string;
}

/** Reads the token's symbol and decimals and the collection's name. */
export async function fetchDescribeContext(
  client: PublicClient,
  deployment: Deployment,
): Promise<DescribeContext> {
  const token = deployment.contracts.GovernanceToken.address;
  const nft = deployment.contracts.CommunityNFT.address;
  const [symbol, decimals, nftName] = await client.multicall({
    contracts: [
      { address: token, abi: governanceTokenAbi, functionName: "symbol" },
      { address: token, abi: governanceTokenAbi, functionName: "decimals" },
      { address: nft, abi: communityNftAbi, functionName: "name" },
    ],
    allowFailure: false,
    deployless: true,
  });
  return { deployment, token: { symbol, decimals }, nftName };
}

export interface DecodedArgument {
  name: string;
  type: string;
  /** The value in words: amounts with units, addresses with known names. */
  display: string;
}

export interface ActionDescription {
  /** One sentence saying what the action does. */
  summary: string;
  /** The project contract called, when the target is one. */
  contract?: ContractName;
  functionName?: string;
  args: DecodedArgument[];
  /** True when the call could not be decoded and is shown as raw data. */
  raw: boolean;
}

/** The project contract at `address`, if any. */
export function contractAt(
  deployment: Deployment,
  address: Address,
): ContractName | undefined {
  return CONTRACT_NAMES.find((name) =>
    isAddressEqual(deployment.contracts[name].address, address),
  );
}

/** An address in words: the treasury, the token… or the address itself. */
export function nameAddress(deployment: Deployment, address: Address): string {
  const name = contractAt(deployment, address);
  return name ? `the ${name} (${address})` : address;
}

function displayValue(
  value: unknown,
  type: string,
  name: string,
  contract: ContractName,
  context: DescribeContext,
): string {
  if (type === "address")
    return nameAddress(context.deployment, value as Address);
  if (
    type === "uint256" &&
    contract === "GovernanceToken" &&
    /amount|value/i.test(name)
  ) {
    const { decimals, symbol } = context.token;
    return formatTokenAmount(value as bigint, decimals, symbol);
  }
  if (type === "uint256" && /price/i.test(name))
    return formatExactEth(value as bigint);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "bigint" ? item.toString() : item,
  );
}

function valueSuffix(value: bigint): string {
  return value > 0n ? `, sending ${formatExactEth(value)}` : "";
}

/**
 * Describes one proposal action in words, decoding its calldata with
 * `decodeFunctionData` against the project's ABIs. Calls to unknown targets,
 * or calldata that does not decode, are shown raw.
 */
export function describeAction(
  action: ProposalAction,
  context: DescribeContext,
): ActionDescription {
  const { deployment } = context;
  const { target, value, calldata } = action;
  const contract = contractAt(deployment, target);

  if (calldata === "0x") {
    return {
      summary:
        `Send ${formatExactEth(value)} from the treasury to ` +
        `${nameAddress(deployment, target)}.`,
      args: [],
      raw: false,
    };
  }
  const rawDescription: ActionDescription = {
    summary: `Call ${nameAddress(deployment, target)} with data ${calldata}${valueSuffix(value)}.`,
    contract,
    args: [],
    raw: true,
  };
  if (!contract) return rawDescription;

  let decoded: { functionName: string; args: readonly unknown[] };
  try {
    const result = decodeFunctionData({
      abi: PROJECT_ABIS[contract],
      data: calldata,
    });
    decoded = { functionName: result.functionName, args: result.args ?? [] };
  } catch {
    return rawDescription;
  }
  const definition = PROJECT_ABIS[contract].find(
    (item): item is AbiFunction =>
      item.type === "function" &&
      item.name === decoded.functionName &&
      item.inputs.length === decoded.args.length,
  );
  const args = decoded.args.map((arg, index) => {
    const input = definition?.inputs[index];
    const name = input?.name || `arg${index}`;
    const type = input?.type ?? "unknown";
    return {
      name,
      type,
      display: displayValue(arg, type, name, contract, context),
    };
  });
  return {
    summary: `${summarize(contract, decoded, args, context)}${valueSuffix(value)}.`,
    contract,
    functionName: decoded.functionName,
    args,
    raw: false,
  };
}

function summarize(
  contract: ContractName,
  decoded: { functionName: string; args: readonly unknown[] },
  args: DecodedArgument[],
  context: DescribeContext,
): string {
  const at = (index: number) => args[index]?.display ?? "";
  const call = `${contract}.${decoded.functionName}`;
  switch (call) {
    case "GovernanceToken.transfer":
      return `Send ${at(1)} from the treasury to ${at(0)}`;
    case "GovernanceToken.mint":
      return `Mint ${at(1)} to ${at(0)}`;
    case "CommunityNFT.transferFrom":
    case "CommunityNFT.safeTransferFrom":
      return `Transfer ${context.nftName} #${at(2)} from ${at(0)} to ${at(1)}`;
    case "CommunityNFT.setMintPrice":
      return `Set the NFT mint price to ${at(0)}`;
    case "CommunityNFT.setMintPaused":
      return decoded.args[0] ? "Pause NFT minting" : "Resume NFT minting";
    case "CommunityNFT.setBaseURI":
      return decoded.args[0] === ""
        ? "Clear the NFT base URI, restoring the on-chain art"
        : `Set the NFT base URI to ${at(0)}`;
    default:
      return `Call ${call}(${args.map((arg) => `${arg.name}: ${arg.display}`).join(", ")})`;
  }
}
