import {
  type Abi,
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  isHex,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
  treasuryAbi,
} from "../generated/abis.ts";
import { formatAmount, formatEth, shortAddress } from "./format.ts";
import { PROPOSAL_STATES } from "./proposals/proposal.ts";

/** What went wrong, in the categories the UI treats differently. */
export type ErrorKind =
  | "cancelled"
  | "revert"
  | "insufficient-funds"
  | "wrong-chain"
  | "not-connected"
  | "rpc-down"
  | "unknown";

/** An error turned into words: one sentence for people, details for support. */
export interface ErrorDescription {
  kind: ErrorKind;
  /** One human sentence: what happened and what to do. */
  message: string;
  /** Technical lines (decoded error, node message), shown folded. */
  details: string[];
  /** For reverts decoded from our contracts' ABIs: the custom error's name. */
  errorName?: string;
  args?: readonly unknown[];
}

/** Every custom error our contracts can revert with, for decoding raw data. */
export const DAO_ERRORS_ABI: Abi = dedupeErrors([
  ...communityNftAbi,
  ...daoGovernorAbi,
  ...governanceTokenAbi,
  ...treasuryAbi,
]);

function dedupeErrors(abi: Abi): Abi {
  const seen = new Set<string>();
  return abi.filter((item) => {
    if (item.type !== "error") return false;
    const key = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names the states set in a Governor `expectedStates` bitmap. */
function stateNames(bitmap: bigint): string {
  const names = PROPOSAL_STATES.filter((_, i) => (bitmap >> BigInt(i)) & 1n);
  return names.join(" or ") || "another state";
}

const tokens = (value: unknown) => `${formatAmount(value as bigint)} votes`;
const eth = (value: unknown) => formatEth(value as bigint);
const who = (value: unknown) => shortAddress(String(value));

type Sentence = (args: readonly unknown[]) => string;

/** Our contracts' custom errors, in words. Unlisted errors get a generic line. */
const REVERT_SENTENCES: Record<string, Sentence> = {
  CommunityNFTWrongPayment: ([sent, expected]) =>
    `The payment was ${eth(sent)} but the mint costs ${eth(expected)}; ` +
    "reload the price and try again.",
  CommunityNFTInvalidQuantity: ([quantity, max]) =>
    `You can mint between 1 and ${String(max)} tokens at a time, ` +
    `not ${String(quantity)}.`,
  CommunityNFTSoldOut: ([quantity, remaining]) =>
    `Only ${String(remaining)} tokens are left, ` +
    `so ${String(quantity)} cannot be minted.`,
  CommunityNFTMintPaused: () =>
    "Minting is paused by the DAO; try again once a proposal resumes it.",
  CommunityNFTPaymentFailed: () =>
    "The treasury did not accept the payment, so the mint was undone.",
  GovernorInsufficientProposerVotes: ([, votes, threshold]) =>
    `You need ${tokens(threshold)} to propose but have ${tokens(votes)}; ` +
    "get more tokens delegated to you first.",
  GovernorAlreadyCastVote: () =>
    "This account has already voted on this proposal.",
  GovernorUnexpectedProposalState: ([, current, expected]) =>
    `The proposal is ${PROPOSAL_STATES[Number(current)] ?? "in another state"}` +
    `, but this needs it to be ${stateNames(expected as bigint)}.`,
  GovernorNonexistentProposal: () => "There is no proposal with this id.",
  GovernorRestrictedProposer: () =>
    "The description restricts who may submit this proposal.",
  GovernorInvalidProposalLength: () =>
    "Each action of the proposal needs a target, a value and calldata.",
  GovernorOnlyExecutor: () => "Only the DAO's timelock can do this.",
  GovernorInvalidVoteType: () =>
    "That is not a valid vote (For, Against or Abstain).",
  OwnableUnauthorizedAccount: ([account]) =>
    `${who(account)} is not allowed to do this: only the DAO treasury can, ` +
    "through a proposal.",
  AccessControlUnauthorizedAccount: ([account]) =>
    `${who(account)} lacks the role this needs; only the DAO can do it.`,
  TimelockUnexpectedOperationState: () =>
    "The timelock is not ready for this yet; wait for its delay to pass.",
  TimelockUnexecutedPredecessor: () =>
    "An earlier timelock operation must be executed first.",
  GovernanceTokenCapExceeded: ([after, cap]) =>
    `That would bring the supply to ${tokens(after)}, above the cap of ` +
    `${tokens(cap)}.`,
  ERC20InsufficientBalance: ([, balance, needed]) =>
    `The balance is ${formatAmount(balance as bigint)} tokens but ` +
    `${formatAmount(needed as bigint)} are needed.`,
  ERC20InvalidReceiver: ([receiver]) =>
    `Tokens cannot be sent to ${who(receiver)}.`,
  ERC5805FutureLookup: () =>
    "That moment is still in the future on the chain; wait for a new block.",
  TransferFromIncorrectOwner: () => "This NFT does not belong to the sender.",
  TransferCallerNotOwnerNorApproved: () =>
    "Only the owner of this NFT (or an approved account) can transfer it.",
  TransferToZeroAddress: () => "An NFT cannot be sent to the zero address.",
  TransferToNonERC721ReceiverImplementer: () =>
    "The receiving contract cannot hold NFTs.",
  OwnerQueryForNonexistentToken: () => "There is no NFT with this id.",
  URIQueryForNonexistentToken: () => "There is no NFT with this id.",
  FailedCall: () => "A call made by the proposal failed.",
};

function formatArg(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return value;
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v,
  );
}

/** Describes a decoded custom error of our contracts. */
export function describeRevert(
  errorName: string,
  args: readonly unknown[] = [],
): ErrorDescription {
  const sentence = REVERT_SENTENCES[errorName];
  const signature = `${errorName}(${args.map(formatArg).join(", ")})`;
  return {
    kind: "revert",
    message: sentence
      ? sentence(args)
      : `The contract refused the transaction (${errorName}).`,
    details: [`Reverted with ${signature}`],
    errorName,
    args,
  };
}

/** Finds revert data in an error chain and decodes it with our ABIs. */
function decodeRevert(error: BaseError): ErrorDescription | null {
  const reverted = error.walk(
    (e) => e instanceof ContractFunctionRevertedError,
  ) as ContractFunctionRevertedError | null;
  if (reverted?.data?.errorName && reverted.data.errorName !== "Error") {
    return describeRevert(reverted.data.errorName, reverted.data.args ?? []);
  }
  const reason = reverted?.reason;

  const raw = reverted?.raw ?? findHexData(error);
  if (raw && raw.length >= 10) {
    try {
      const decoded = decodeErrorResult({ abi: DAO_ERRORS_ABI, data: raw });
      return describeRevert(decoded.errorName, decoded.args ?? []);
    } catch {
      // Not one of ours: fall through to the reason or generic text.
    }
  }
  if (reverted || /revert/i.test(error.message)) {
    return {
      kind: "revert",
      message: reason
        ? `The contract refused the transaction: ${reason}.`
        : "The contract refused the transaction; nothing was changed.",
      details: [error.shortMessage],
    };
  }
  return null;
}

function findHexData(error: BaseError): Hex | undefined {
  let found: Hex | undefined;
  error.walk((e) => {
    const data = (e as { data?: unknown }).data;
    if (typeof data === "string" && isHex(data) && data.length >= 10) {
      found = data;
      return true;
    }
    if (typeof data === "object" && data !== null) {
      const nested = (data as { data?: unknown }).data;
      if (typeof nested === "string" && isHex(nested) && nested.length >= 10) {
        found = nested;
        return true;
      }
    }
    return false;
  });
  return found;
}

function matches(error: unknown, test: (e: unknown) => boolean): boolean {
  if (error instanceof BaseError) return Boolean(error.walk(test));
  let current: unknown = error;
  for (let depth = 0; current && depth < 10; depth++) {
    if (test(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

const nameIs =
  (...names: string[]) =>
  (e: unknown) =>
    typeof e === "object" && e !== null && names.includes((e as Error).name);

const codeIs =
  (...codes: number[]) =>
  (e: unknown) =>
    typeof e === "object" &&
    e !== null &&
    codes.includes((e as { code?: number }).code as number);

const messageMatches = (pattern: RegExp) => (e: unknown) =>
  e instanceof Error && pattern.test(e.message);

function detailsOf(error: unknown): string[] {
  if (error instanceof BaseError) {
    return [error.shortMessage, ...(error.details ? [error.details] : [])];
  }
  if (error instanceof Error) return [error.message];
  return [String(error)];
}

/**
 * Turns any error from a wallet, the node or a contract into one sentence a
 * person can act on, plus technical details. The one place the app does this.
 */
export function describeError(error: unknown): ErrorDescription {
  const details = detailsOf(error).slice(0, 4);

  if (
    matches(error, nameIs("UserRejectedRequestError")) ||
    matches(error, codeIs(4001)) ||
    matches(error, messageMatches(/user (rejected|denied)/i))
  ) {
    return {
      kind: "cancelled",
      message: "You cancelled the request in your wallet; nothing was sent.",
      details,
    };
  }

  if (
    matches(error, nameIs("ChainMismatchError", "ConnectorChainMismatchError"))
  ) {
    return {
      kind: "wrong-chain",
      message: "Your wallet is on another network; switch networks and retry.",
      details,
    };
  }

  if (
    matches(
      error,
      nameIs("ConnectorNotConnectedError", "ConnectorAccountNotFoundError"),
    )
  ) {
    return {
      kind: "not-connected",
      message: "Connect a wallet first, then try again.",
      details,
    };
  }

  if (
    matches(error, nameIs("InsufficientFundsError")) ||
    matches(
      error,
      messageMatches(/insufficient funds|sender doesn't have enough funds/i),
    )
  ) {
    return {
      kind: "insufficient-funds",
      message:
        "Your account does not have enough ETH for this transaction and its gas.",
      details,
    };
  }

  if (error instanceof BaseError) {
    const revert = decodeRevert(error);
    if (revert) return revert;
  }

  if (
    matches(
      error,
      nameIs("HttpRequestError", "TimeoutError", "SocketClosedError"),
    ) ||
    matches(
      error,
      messageMatches(
        /fetch failed|failed to fetch|ECONNREFUSED|network ?error/i,
      ),
    )
  ) {
    return {
      kind: "rpc-down",
      message:
        "The blockchain node is not answering; check that it runs, then retry.",
      details,
    };
  }

  return {
    kind: "unknown",
    message: "Something went wrong; nothing was changed. Try again.",
    details,
  };
}
