import type { Address, Hash, Hex } from "viem";

/** Names of the Governor's `ProposalState` enum, in the contract's order. */
export const PROPOSAL_STATES = [
  "Pending",
  "Active",
  "Canceled",
  "Defeated",
  "Succeeded",
  "Queued",
  "Expired",
  "Executed",
] as const;

export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** Converts the governor's `state()` number to its name. */
export function proposalStateName(value: number): ProposalState {
  const name = PROPOSAL_STATES[value];
  if (name === undefined)
    throw new RangeError(`unknown proposal state ${value}`);
  return name;
}

/** One call a proposal makes from the treasury when executed. */
export interface ProposalAction {
  target: Address;
  value: bigint;
  calldata: Hex;
}

export interface Tally {
  against: bigint;
  for: bigint;
  abstain: bigint;
}

/** What a proposal's `ProposalCreated` event says: it never changes. */
export interface ProposalSummary {
  id: bigint;
  proposer: Address;
  actions: ProposalAction[];
  description: string;
  descriptionHash: Hex;
  title: string;
  /** Block and transaction of `ProposalCreated`. */
  createdBlock: bigint;
  createdTx: Hash;
  /** Timepoint (seconds) of the voting-power snapshot; voting opens after it. */
  voteStart: bigint;
}

/** A proposal as the app shows it: its creation event plus current reads. */
export interface Proposal extends ProposalSummary {
  /** Current deadline, including any late-quorum extension. */
  voteEnd: bigint;
  state: ProposalState;
  tally: Tally;
  /** Quorum at the snapshot, or at the latest second while still Pending. */
  quorum: bigint;
  /** Seconds timestamp from which the queued proposal can run; 0 if never queued. */
  eta: bigint;
  /**
   * Blocks of the later lifecycle events, where there were any. Only
   * `fetchProposalDetail` reads them; lists leave them out.
   */
  queuedBlock?: bigint;
  executedBlock?: bigint;
  canceledBlock?: bigint;
  extendedTo?: bigint;
}
