import {
  type Abi,
  type AbiFunction,
  type AbiParameter,
  type Address,
  type Hex,
  type PublicClient,
  encodeFunctionData,
  toFunctionSignature,
} from "viem";

import { communityNftAbi, governanceTokenAbi } from "../../generated/abis.ts";
import {
  type ContractName,
  CONTRACT_NAMES,
  type Deployment,
} from "../deployments.ts";
import { PROJECT_ABIS } from "./describe-action.ts";
import { formatExactEth, formatTokenAmount } from "./format.ts";
import type { ProposalAction } from "./proposal.ts";
import {
  type FieldResult,
  validateAddress,
  validateAmount,
  validateInteger,
  validateBaseUri,
} from "./validate.ts";

/** Figures the templates check amounts against. */
export interface TemplateContext {
  deployment: Deployment;
  token: { symbol: string; decimals: number; cap: bigint; totalSupply: bigint };
  treasury: { eth: bigint; tokens: bigint };
}

/** Reads what the templates need in one multicall plus one balance. */
export async function fetchTemplateContext(
  client: PublicClient,
  deployment: Deployment,
): Promise<TemplateContext> {
  const token = {
    address: deployment.contracts.GovernanceToken.address,
    abi: governanceTokenAbi,
  } as const;
  const treasury = deployment.contracts.Treasury.address;
  const [[symbol, decimals, cap, totalSupply, tokens], eth] = await Promise.all(
    [
      client.multicall({
        contracts: [
          { ...token, functionName: "symbol" },
          { ...token, functionName: "decimals" },
          { ...token, functionName: "cap" },
          { ...token, functionName: "totalSupply" },
          { ...token, functionName: "balanceOf", args: [treasury] },
        ],
        allowFailure: false,
        deployless: true,
      }),
      client.getBalance({ address: treasury }),
    ],
  );
  return {
    deployment,
    token: { symbol, decimals, cap, totalSupply },
    treasury: { eth, tokens },
  };
}

export const TEMPLATE_IDS = [
  "sendEth",
  "sendTokens",
  "mintTokens",
  "transferNft",
  "nftPrice",
  "nftPause",
  "nftBaseUri",
  "custom",
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface TemplateField {
  name: string;
  label: string;
  kind:
    "address" | "amount" | "integer" | "text" | "boolean" | "contract" | "abi";
  placeholder?: string;
}

export const TEMPLATES: Record<
  TemplateId,
  { label: string; fields: TemplateField[] }
> = {
  sendEth: {
    label: "Send ETH from the treasury",
    fields: [
      { name: "to", label: "Recipient", kind: "address", placeholder: "0x…" },
      {
        name: "amount",
        label: "Amount (ETH)",
        kind: "amount",
        placeholder: "0.5",
      },
    ],
  },
  sendTokens: {
    label: "Send governance tokens from the treasury",
    fields: [
      { name: "to", label: "Recipient", kind: "address", placeholder: "0x…" },
      { name: "amount", label: "Amount", kind: "amount", placeholder: "1000" },
    ],
  },
  mintTokens: {
    label: "Mint governance tokens",
    fields: [
      { name: "to", label: "Recipient", kind: "address", placeholder: "0x…" },
      { name: "amount", label: "Amount", kind: "amount", placeholder: "1000" },
    ],
  },
  transferNft: {
    label: "Transfer an NFT held by the treasury",
    fields: [
      { name: "to", label: "Recipient", kind: "address", placeholder: "0x…" },
      { name: "tokenId", label: "Token id", kind: "integer", placeholder: "1" },
    ],
  },
  nftPrice: {
    label: "Change the NFT mint price",
    fields: [
      {
        name: "price",
        label: "New price (ETH)",
        kind: "amount",
        placeholder: "0.02",
      },
    ],
  },
  nftPause: {
    label: "Pause or resume NFT minting",
    fields: [{ name: "paused", label: "Pause minting", kind: "boolean" }],
  },
  nftBaseUri: {
    label: "Change the NFT base URI",
    fields: [
      {
        name: "uri",
        label: "Base URI",
        kind: "text",
        placeholder: "ipfs://…/ (empty restores the on-chain art)",
      },
    ],
  },
  custom: {
    label: "Custom call",
    fields: [
      { name: "contract", label: "Contract", kind: "contract" },
      { name: "address", label: "Address (other contract)", kind: "address" },
      { name: "abi", label: "ABI JSON (other contract)", kind: "abi" },
      { name: "function", label: "Function", kind: "text" },
      { name: "value", label: "ETH to send", kind: "amount", placeholder: "0" },
    ],
  },
};

export type BuildResult =
  | { ok: true; action: ProposalAction }
  | { ok: false; errors: Record<string, string> };

/** Collects field results; `errors` gets a message per failed field. */
function collect(results: Record<string, FieldResult<unknown>>) {
  const errors: Record<string, string> = {};
  for (const [name, result] of Object.entries(results)) {
    if (!result.ok) errors[name] = result.error;
  }
  return errors;
}

const MAX_URI_LENGTH = 2_000;
const NFT_FIRST_TOKEN_ID = 1n;

/**
 * Builds the (target, value, calldata) of a template from the form's text
 * fields, or returns a message for each field that is wrong.
 */
export function buildTemplateAction(
  template: TemplateId,
  fields: Record<string, string>,
  context: TemplateContext,
): BuildResult {
  const { deployment, token, treasury } = context;
  const field = (name: string) => fields[name] ?? "";
  const tokenAddress = deployment.contracts.GovernanceToken.address;
  const nftAddress = deployment.contracts.CommunityNFT.address;
  const treasuryAddress = deployment.contracts.Treasury.address;
  const tokenRules = { decimals: token.decimals, symbol: token.symbol };
  const tokens = (amount: bigint) =>
    formatTokenAmount(amount, token.decimals, token.symbol);

  const finish = (
    results: Record<string, FieldResult<unknown>>,
    make: () => ProposalAction,
  ): BuildResult => {
    const errors = collect(results);
    return Object.keys(errors).length > 0
      ? { ok: false, errors }
      : { ok: true, action: make() };
  };

  switch (template) {
    case "sendEth": {
      const to = validateAddress(field("to"));
      const amount = validateAmount(field("amount"), {
        decimals: 18,
        symbol: "ETH",
        max: treasury.eth,
        maxLabel: `The treasury holds only ${formatExactEth(treasury.eth)}.`,
      });
      return finish({ to, amount }, () => ({
        target: (to as { value: Address }).value,
        value: (amount as { value: bigint }).value,
        calldata: "0x",
      }));
    }
    case "sendTokens": {
      const to = validateAddress(field("to"));
      const amount = validateAmount(field("amount"), {
        ...tokenRules,
        max: treasury.tokens,
        maxLabel: `The treasury holds only ${tokens(treasury.tokens)}.`,
      });
      return finish({ to, amount }, () => ({
        target: tokenAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: governanceTokenAbi,
          functionName: "transfer",
          args: [
            (to as { value: Address }).value,
            (amount as { value: bigint }).value,
          ],
        }),
      }));
    }
    case "mintTokens": {
      const to = validateAddress(field("to"));
      const room = token.cap - token.totalSupply;
      const amount = validateAmount(field("amount"), {
        ...tokenRules,
        max: room,
        maxLabel: `The cap allows only ${tokens(room)} more.`,
      });
      return finish({ to, amount }, () => ({
        target: tokenAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: governanceTokenAbi,
          functionName: "mint",
          args: [
            (to as { value: Address }).value,
            (amount as { value: bigint }).value,
          ],
        }),
      }));
    }
    case "transferNft": {
      const to = validateAddress(field("to"));
      const tokenId = validateInteger(field("tokenId"), {
        label: "token id",
        min: NFT_FIRST_TOKEN_ID,
      });
      return finish({ to, tokenId }, () => ({
        target: nftAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: communityNftAbi,
          functionName: "safeTransferFrom",
          args: [
            treasuryAddress,
            (to as { value: Address }).value,
            (tokenId as { value: bigint }).value,
          ],
        }),
      }));
    }
    case "nftPrice": {
      const price = validateAmount(field("price"), {
        decimals: 18,
        symbol: "ETH",
        allowZero: true,
      });
      return finish({ price }, () => ({
        target: nftAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: communityNftAbi,
          functionName: "setMintPrice",
          args: [(price as { value: bigint }).value],
        }),
      }));
    }
    case "nftPause": {
      const paused = field("paused") === "true";
      return finish({}, () => ({
        target: nftAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: communityNftAbi,
          functionName: "setMintPaused",
          args: [paused],
        }),
      }));
    }
    case "nftBaseUri": {
      const uri = validateBaseUri(field("uri"), { maxLength: MAX_URI_LENGTH });
      return finish({ uri }, () => ({
        target: nftAddress,
        value: 0n,
        calldata: encodeFunctionData({
          abi: communityNftAbi,
          functionName: "setBaseURI",
          args: [(uri as { value: string }).value],
        }),
      }));
    }
    case "custom":
      return buildCustomAction(fields, deployment);
  }
}

/** The state-changing functions of an ABI, as "name(type,type)" signatures. */
export function writableFunctions(abi: Abi): AbiFunction[] {
  return abi.filter(
    (item): item is AbiFunction =>
      item.type === "function" &&
      item.stateMutability !== "view" &&
      item.stateMutability !== "pure",
  );
}

export function functionSignature(fn: AbiFunction): string {
  return toFunctionSignature(fn);
}

/** Parses pasted ABI JSON (an array, or an artifact with an `abi` field). */
export function parseAbiJson(text: string): FieldResult<Abi> {
  if (text.trim() === "")
    return { ok: false, error: "Paste the contract's ABI JSON." };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `The ABI is not valid JSON: ${(error as Error).message}.`,
    };
  }
  const abi = Array.isArray(parsed)
    ? parsed
    : (parsed as { abi?: unknown } | null)?.abi;
  if (!Array.isArray(abi)) {
    return {
      ok: false,
      error: "The ABI must be a JSON array (or an object with an abi array).",
    };
  }
  const valid = abi.every(
    (item: unknown) =>
      typeof item === "object" &&
      item !== null &&
      typeof (item as { type?: unknown }).type === "string",
  );
  if (!valid)
    return { ok: false, error: "Every ABI entry needs a type field." };
  if (writableFunctions(abi as Abi).length === 0) {
    return { ok: false, error: "The ABI has no function that changes state." };
  }
  return { ok: true, value: abi as Abi };
}

/** Target address and ABI of a custom call's contract choice. */
export function customTarget(
  fields: Record<string, string>,
  deployment: Deployment,
): { address: FieldResult<Address>; abi: FieldResult<Abi> } {
  const choice = fields.contract ?? "";
  if ((CONTRACT_NAMES as readonly string[]).includes(choice)) {
    const name = choice as ContractName;
    return {
      address: { ok: true, value: deployment.contracts[name].address },
      abi: { ok: true, value: PROJECT_ABIS[name] },
    };
  }
  return {
    address: validateAddress(fields.address ?? ""),
    abi: parseAbiJson(fields.abi ?? ""),
  };
}

/**
 * The fields of an action where the user types one address: the template's
 * address fields and, in a custom call, the other contract's address and
 * each `address` argument of the chosen function.
 *
 * NOTE: addresses inside array and tuple arguments are not listed.
 */
export function addressFieldNames(
  template: TemplateId,
  fields: Record<string, string>,
  deployment: Deployment,
): string[] {
  if (template !== "custom") {
    return TEMPLATES[template].fields
      .filter((field) => field.kind === "address")
      .map((field) => field.name);
  }

  const names = fields.contract === "other" ? ["address"] : [];
  const { abi } = customTarget(fields, deployment);
  const fn = abi.ok
    ? writableFunctions(abi.value).find(
        (candidate) => functionSignature(candidate) === fields.function,
      )
    : undefined;
  fn?.inputs.forEach((input, index) => {
    if (input.type === "address") names.push(`arg${index}`);
  });
  return names;
}

function integerBounds(type: string): { min: bigint; max: bigint } {
  const match = /^(u?)int(\d*)$/.exec(type)!;
  const bits = BigInt(match[2] || "256");
  if (match[1] === "u") return { min: 0n, max: (1n << bits) - 1n };
  return { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n };
}

/**
 * Converts an argument typed as text (or, inside arrays and tuples, a JSON
 * value) to what viem encodes for `param`.
 */
export function parseArgument(
  input: unknown,
  param: AbiParameter,
): FieldResult<unknown> {
  const { type } = param;
  const arrayMatch = /^(.*)\[(\d*)\]$/.exec(type);
  if (arrayMatch || type === "tuple") {
    let value = input;
    if (typeof input === "string") {
      try {
        value = JSON.parse(input);
      } catch {
        return {
          ok: false,
          error: arrayMatch
            ? 'Enter a JSON array, like ["0x…", "1"].'
            : 'Enter a JSON array of the tuple\'s fields, like ["0x…", "1"].',
        };
      }
    }
    if (!Array.isArray(value))
      return { ok: false, error: `Expected a JSON array for ${type}.` };
    const items: unknown[] = [];
    const components = arrayMatch
      ? value.map(() => ({ ...param, type: arrayMatch[1] }))
      : ((param as { components?: readonly AbiParameter[] }).components ?? []);
    if (arrayMatch?.[2] && value.length !== Number(arrayMatch[2])) {
      return {
        ok: false,
        error: `${type} needs exactly ${arrayMatch[2]} items.`,
      };
    }
    if (!arrayMatch && value.length !== components.length) {
      return {
        ok: false,
        error: `The tuple needs ${components.length} fields.`,
      };
    }
    for (const [index, item] of value.entries()) {
      const parsed = parseArgument(
        typeof item === "string" ? item : JSON.stringify(item),
        components[index],
      );
      if (!parsed.ok)
        return { ok: false, error: `Item ${index + 1}: ${parsed.error}` };
      items.push(parsed.value);
    }
    return { ok: true, value: items };
  }

  const text = typeof input === "string" ? input : JSON.stringify(input ?? "");
  if (type === "address") return validateAddress(text, { allowZero: true });
  if (type === "bool") {
    if (/^(true|false)$/i.test(text.trim())) {
      return { ok: true, value: text.trim().toLowerCase() === "true" };
    }
    return { ok: false, error: "Enter true or false." };
  }
  if (type === "string") return { ok: true, value: text };
  if (/^u?int\d*$/.test(type)) {
    return validateInteger(text, {
      label: `${type} value`,
      ...integerBounds(type),
    });
  }
  const bytesMatch = /^bytes(\d*)$/.exec(type);
  if (bytesMatch) {
    const hex = text.trim();
    if (!/^0x([0-9a-fA-F]{2})*$/.test(hex)) {
      return {
        ok: false,
        error: "Enter bytes as 0x followed by pairs of hex digits.",
      };
    }
    const length = (hex.length - 2) / 2;
    if (bytesMatch[1] && length !== Number(bytesMatch[1])) {
      return {
        ok: false,
        error: `${type} needs exactly ${bytesMatch[1]} bytes; this has ${length}.`,
      };
    }
    return { ok: true, value: hex };
  }
  return {
    ok: false,
    error: `Arguments of type ${type} are not supported here.`,
  };
}

/**
 * A custom call: fields `contract` (a project contract's name, or "other"
 * with `address` and `abi`), `function` (its signature), `arg0`… and
 * `value` (ETH).
 */
export function buildCustomAction(
  fields: Record<string, string>,
  deployment: Deployment,
): BuildResult {
  const errors: Record<string, string> = {};
  const { address, abi } = customTarget(fields, deployment);
  if (!address.ok) errors.address = address.error;
  if (!abi.ok) errors.abi = abi.error;

  const value = validateAmount(fields.value?.trim() ? fields.value : "0", {
    decimals: 18,
    symbol: "ETH",
    allowZero: true,
  });
  if (!value.ok) errors.value = value.error;
  if (!abi.ok) return { ok: false, errors };

  const fn = writableFunctions(abi.value).find(
    (candidate) => functionSignature(candidate) === fields.function,
  );
  if (!fn) {
    errors.function = "Pick the function to call.";
    return { ok: false, errors };
  }
  if (fn.stateMutability !== "payable" && value.ok && value.value > 0n) {
    errors.value = `${fn.name} is not payable: it cannot receive ETH.`;
  }

  const args: unknown[] = [];
  fn.inputs.forEach((input, index) => {
    const parsed = parseArgument(fields[`arg${index}`] ?? "", input);
    if (parsed.ok) args.push(parsed.value);
    else errors[`arg${index}`] = parsed.error;
  });
  if (Object.keys(errors).length > 0 || !address.ok || !value.ok) {
    return { ok: false, errors };
  }

  let calldata: Hex;
  try {
    calldata = encodeFunctionData({ abi: [fn], functionName: fn.name, args });
  } catch (error) {
    return {
      ok: false,
      errors: { function: (error as Error).message.split("\n")[0] },
    };
  }
  return {
    ok: true,
    action: { target: address.value, value: value.value, calldata },
  };
}
