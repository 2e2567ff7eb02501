import {
  type Address,
  getAddress,
  type Hash,
  type PublicClient,
  zeroAddress,
} from "viem";

import { daoGovernorAbi, governanceTokenAbi } from "../generated/abis.ts";
import { latestBlockNumber } from "./chain.ts";
import type { Deployment } from "./deployments.ts";

/** A delegate and what the logs say about it. */
export interface DelegateRow {
  address: Address;
  /** Current voting power (the last DelegateVotesChanged). */
  votes: bigint;
  /** Accounts currently delegating to it (itself included if self-delegated). */
  delegators: number;
  /** Votes cast on proposals (VoteCast / VoteCastWithParams). */
  votesCast: number;
}

/** One change of an account's delegate. */
export interface DelegationChange {
  delegator: Address;
  from: Address;
  to: Address;
  blockNumber: bigint;
  transactionHash: Hash;
}

export interface DelegateOverview {
  /** Delegates with voting power or delegators, most votes first. */
  delegates: DelegateRow[];
  /** Every DelegateChanged, oldest first. */
  changes: DelegationChange[];
  /** The block the scan ran to. */
  toBlock: bigint;
}

/**
 * Builds the delegate table from the token's DelegateChanged and
 * DelegateVotesChanged logs and the Governor's vote logs, each fetched in one
 * `eth_getLogs` over the whole range since deployment.
 */
export async function readDelegates(
  client: PublicClient,
  deployment: Deployment,
): Promise<DelegateOverview> {
  const token = deployment.contracts.GovernanceToken;
  const governor = deployment.contracts.DAOGovernor;
  const toBlock = await latestBlockNumber(client);

  const [tokenLogs, voteLogs] = await Promise.all([
    client.getContractEvents({
      address: token.address,
      abi: governanceTokenAbi,
      fromBlock: BigInt(token.deployBlock),
      toBlock,
      strict: true,
    }),
    client.getContractEvents({
      address: governor.address,
      abi: daoGovernorAbi,
      fromBlock: BigInt(governor.deployBlock),
      toBlock,
      strict: true,
    }),
  ]);

  const votes = new Map<Address, bigint>();
  const delegateOf = new Map<Address, Address>();
  const votesCast = new Map<Address, number>();
  const changes: DelegationChange[] = [];

  for (const log of tokenLogs) {
    if (log.eventName === "DelegateVotesChanged") {
      votes.set(getAddress(log.args.delegate), log.args.newVotes);
    } else if (log.eventName === "DelegateChanged") {
      const delegator = getAddress(log.args.delegator);
      const to = getAddress(log.args.toDelegate);
      delegateOf.set(delegator, to);
      changes.push({
        delegator,
        from: getAddress(log.args.fromDelegate),
        to,
        blockNumber: log.blockNumber,
        transactionHash: log.transactionHash,
      });
    }
  }
  for (const log of voteLogs) {
    if (
      log.eventName === "VoteCast" ||
      log.eventName === "VoteCastWithParams"
    ) {
      const voter = getAddress(log.args.voter);
      votesCast.set(voter, (votesCast.get(voter) ?? 0) + 1);
    }
  }

  const delegators = new Map<Address, number>();
  for (const to of delegateOf.values()) {
    if (to !== zeroAddress) delegators.set(to, (delegators.get(to) ?? 0) + 1);
  }

  const addresses = new Set<Address>([...votes.keys(), ...delegators.keys()]);
  const delegates = [...addresses]
    .map((address) => ({
      address,
      votes: votes.get(address) ?? 0n,
      delegators: delegators.get(address) ?? 0,
      votesCast: votesCast.get(address) ?? 0,
    }))
    .filter((row) => row.votes > 0n || row.delegators > 0)
    .sort((a, b) =>
      a.votes === b.votes
        ? b.delegators - a.delegators
        : a.votes > b.votes
          ? -1
          : 1,
    );

  return { delegates, changes, toBlock };
}

/** The delegation changes made by `account`, newest first. */
export function historyOf(
  changes: DelegationChange[],
  account: Address,
): DelegationChange[] {
  const target = getAddress(account);
  return changes.filter((c) => c.delegator === target).reverse();
}
