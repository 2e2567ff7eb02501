import { type Address, isAddressEqual } from "viem";

import { formatDuration } from "../format.ts";

import type { Proposal, ProposalState } from "./proposal.ts";

/** Whether a button may be pressed now, and if not, why not in words. */
export type Permission = { allowed: true } | { allowed: false; reason: string };

export interface ProposalPermissions {
  queue: Permission;
  execute: Permission;
  cancel: Permission;
  vote: Permission;
}

type Timing = Pick<
  Proposal,
  "state" | "voteStart" | "voteEnd" | "eta" | "tally" | "quorum" | "proposer"
>;

const allowed: Permission = { allowed: true };
const denied = (reason: string): Permission => ({ allowed: false, reason });

/** "in 2 min 5 s" / "5 s ago": a span of chain seconds in words. */
export function formatSpan(seconds: bigint): string {
  const text = formatDuration(Number(seconds < 0n ? -seconds : seconds));
  return seconds < 0n ? `${text} ago` : `in ${text}`;
}

function closedReason(state: ProposalState): string | undefined {
  switch (state) {
    case "Executed":
      return "The proposal has already been executed.";
    case "Canceled":
      return "The proposal was canceled.";
    case "Expired":
      return "The proposal expired.";
    case "Defeated":
      return "The proposal was defeated.";
    default:
      return undefined;
  }
}

/** Why a closed vote was lost: quorum, majority or both. */
export function defeatReason(proposal: Pick<Proposal, "tally" | "quorum">) {
  const { tally, quorum } = proposal;
  const quorumReached = tally.for + tally.abstain >= quorum;
  const majority = tally.for > tally.against;
  if (!quorumReached && !majority) {
    return "It missed the quorum and did not get more For than Against votes.";
  }
  if (!quorumReached) return "It missed the quorum.";
  return "It did not get more For than Against votes.";
}

/**
 * Which of Vote / Queue / Execute / Cancel the contracts allow right now,
 * given the proposal's on-chain state and `now`, the latest block's
 * timestamp, mirroring OpenZeppelin's Governor and TimelockControl rules.
 */
export function proposalPermissions(
  proposal: Timing,
  now: bigint,
  account?: Address,
  /** Chain clock for countdowns in reasons, when it runs ahead of `now`. */
  clock: bigint = now,
): ProposalPermissions {
  const { state } = proposal;
  // "in 45 s", or, once the clock has passed the moment but no block has
  // been mined since, "with the next block".
  const until = (moment: bigint) =>
    moment > clock ? formatSpan(moment - clock) : "with the next block";
  const closed = closedReason(state);

  let vote: Permission;
  if (state === "Active") vote = allowed;
  else if (state === "Pending") {
    vote = denied(`Voting opens ${until(proposal.voteStart + 1n)}.`);
  } else vote = denied("Voting has closed.");

  let queue: Permission;
  if (state === "Succeeded") queue = allowed;
  else if (state === "Pending" || state === "Active") {
    queue = denied(
      `Voting must end first (it ends ${until(proposal.voteEnd + 1n)}).`,
    );
  } else if (state === "Queued")
    queue = denied("The proposal is already queued.");
  else if (state === "Defeated") {
    queue = denied(`The proposal was defeated. ${defeatReason(proposal)}`);
  } else queue = denied(closed ?? `A ${state} proposal cannot be queued.`);

  let execute: Permission;
  if (state === "Queued") {
    execute =
      now >= proposal.eta
        ? allowed
        : denied(`The timelock delay ends ${until(proposal.eta)}.`);
  } else if (state === "Succeeded") {
    execute = denied("Queue the proposal in the treasury first.");
  } else if (state === "Pending" || state === "Active") {
    execute = denied("Voting must end and the proposal be queued first.");
  } else if (state === "Defeated") {
    execute = denied(`The proposal was defeated. ${defeatReason(proposal)}`);
  } else execute = denied(closed ?? `A ${state} proposal cannot be executed.`);

  let cancel: Permission;
  if (state !== "Pending") {
    cancel = denied(
      closed ?? "Only a proposal whose vote has not started can be canceled.",
    );
  } else if (!account) {
    cancel = denied("Connect the proposer's wallet to cancel.");
  } else if (!isAddressEqual(account, proposal.proposer)) {
    cancel = denied("Only the proposer can cancel a proposal.");
  } else cancel = allowed;

  return { queue, execute, cancel, vote };
}

/**
 * The state the governor will report at chain time `now`, from the figures
 * read earlier: lets countdowns move the state on between refreshes. Terminal
 * and queued states are kept as read.
 */
export function projectState(proposal: Timing, now: bigint): ProposalState {
  const { state } = proposal;
  if (state !== "Pending" && state !== "Active") return state;
  if (proposal.voteStart >= now) return "Pending";
  if (proposal.voteEnd >= now) return "Active";
  const { tally, quorum } = proposal;
  const succeeded =
    tally.for + tally.abstain >= quorum && tally.for > tally.against;
  return succeeded ? "Succeeded" : "Defeated";
}

/**
 * What a transaction sent now may do: the contracts check it against the
 * latest block (simulation) and then against its own, later block. Allowed
 * only when both allow it; otherwise the first refusal's reason.
 */
export function permissionsNow(
  proposal: Timing,
  blockTime: bigint,
  clock: bigint,
  account?: Address,
): ProposalPermissions {
  const atBlock = proposalPermissions(proposal, blockTime, account, clock);
  const atClock = proposalPermissions(
    { ...proposal, state: projectState(proposal, clock) },
    clock,
    account,
  );
  const both = (name: keyof ProposalPermissions): Permission =>
    atBlock[name].allowed ? atClock[name] : atBlock[name];
  return {
    queue: both("queue"),
    execute: both("execute"),
    cancel: both("cancel"),
    vote: both("vote"),
  };
}
