import type { NetworkConnection } from "hardhat/types/network";
import {
  type Address,
  type Hex,
  encodeFunctionData,
  keccak256,
  toHex,
} from "viem";

import DAOModule from "../../ignition/modules/DAO.ts";

/** One whole token (18 decimals). */
export const TOKEN = 10n ** 18n;

/** The module's local defaults, which the fixture keeps. */
export const SETTINGS = {
  votingDelay: 60n,
  votingPeriod: 600n,
  timelockDelay: 60n,
  proposalThreshold: 1_000n * TOKEN,
  quorumPercent: 4n,
  lateQuorumExtension: 120n,
  mintPrice: 10n ** 16n,
  maxSupply: 10_000n,
  maxPerTx: 20n,
  tokenCap: 10_000_000n * TOKEN,
  treasuryAllocation: 1_000_000n * TOKEN,
  royaltyBps: 500n,
} as const;

/** Initial balances of the named test accounts (Hardhat accounts 1-4). */
export const BALANCES = {
  alice: 100_000n * TOKEN,
  bob: 60_000n * TOKEN,
  carol: 20_000n * TOKEN,
  mallory: 500n * TOKEN,
} as const;

/** Governor proposal states, in the order of `IGovernor.ProposalState`. */
export const ProposalState = {
  Pending: 0,
  Active: 1,
  Canceled: 2,
  Defeated: 3,
  Succeeded: 4,
  Queued: 5,
  Expired: 6,
  Executed: 7,
} as const;

/** Vote types of `GovernorCountingSimple`. */
export const Vote = { Against: 0, For: 1, Abstain: 2 } as const;

/** The bitmap OpenZeppelin's Governor puts in `GovernorUnexpectedProposalState`. */
export function stateBitmap(...states: number[]): Hex {
  const bits = states.reduce((map, state) => map | (1n << BigInt(state)), 0n);
  return toHex(bits, { size: 32 });
}

/**
 * Deploys the DAO through the real Ignition module, with four funded test
 * accounts, and returns the viem contracts and wallets.
 */
export async function deployDaoFixture(connection: NetworkConnection) {
  const { ignition, viem } = connection;
  const [deployer, alice, bob, carol, mallory, outsider] =
    await viem.getWalletClients();

  const { treasury, token, governor, nft } = await ignition.deploy(DAOModule, {
    displayUi: false,
    parameters: {
      DAO: {
        recipients: [
          alice.account.address,
          bob.account.address,
          carol.account.address,
          mallory.account.address,
        ],
        amounts: [
          BALANCES.alice,
          BALANCES.bob,
          BALANCES.carol,
          BALANCES.mallory,
        ],
      },
    },
  });

  return {
    treasury,
    token,
    governor,
    nft,
    deployer,
    alice,
    bob,
    carol,
    mallory,
    outsider,
    publicClient: await viem.getPublicClient(),
  };
}

/** The DAO with Alice, Bob and Carol each delegating to themselves. */
export async function deployDelegatedDaoFixture(connection: NetworkConnection) {
  const dao = await deployDaoFixture(connection);
  for (const wallet of [dao.alice, dao.bob, dao.carol]) {
    await dao.token.write.delegate([wallet.account.address], {
      account: wallet.account,
    });
  }
  return dao;
}

export type Dao = Awaited<ReturnType<typeof deployDaoFixture>>;

/** One proposal's arguments, as `propose`, `queue` and `execute` take them. */
export interface ProposalCall {
  targets: Address[];
  values: bigint[];
  calldatas: Hex[];
  description: string;
  descriptionHash: Hex;
}

/**
 * The calls of a proposal that mints `amount` tokens to `to` and sets the
 * NFT price to `newPrice`, both executed by the treasury.
 */
export function mintAndRepriceProposal(
  dao: Dao,
  to: Address,
  amount: bigint,
  newPrice: bigint,
  description = "# Grow the community\n\nMint tokens and lower the price.",
): ProposalCall {
  return {
    targets: [dao.token.address, dao.nft.address],
    values: [0n, 0n],
    calldatas: [
      encodeFunctionData({
        abi: dao.token.abi,
        functionName: "mint",
        args: [to, amount],
      }),
      encodeFunctionData({
        abi: dao.nft.abi,
        functionName: "setMintPrice",
        args: [newPrice],
      }),
    ],
    description,
    descriptionHash: keccak256(toHex(description)),
  };
}

/** The proposal id the governor derives from a proposal's arguments. */
export function proposalIdOf(dao: Dao, call: ProposalCall): Promise<bigint> {
  return dao.governor.read.hashProposal([
    call.targets,
    call.values,
    call.calldatas,
    call.descriptionHash,
  ]);
}

/**
 * Lets tests act as `address` (the treasury, say) without going through a
 * proposal: impersonates it and funds it for gas.
 */
export async function impersonate(
  { networkHelpers }: NetworkConnection,
  address: Address,
): Promise<{ account: Address }> {
  await networkHelpers.impersonateAccount(address);
  await networkHelpers.setBalance(address, 10n ** 20n);
  return { account: address };
}

/** A one-call proposal: the treasury sets the NFT price to `newPrice`. */
export function repriceProposal(
  dao: Dao,
  newPrice: bigint,
  description = `Set the badge price to ${newPrice} wei`,
): ProposalCall {
  return {
    targets: [dao.nft.address],
    values: [0n],
    calldatas: [
      encodeFunctionData({
        abi: dao.nft.abi,
        functionName: "setMintPrice",
        args: [newPrice],
      }),
    ],
    description,
    descriptionHash: keccak256(toHex(description)),
  };
}

/** Submits `call` from `wallet` and returns the new proposal's id. */
export async function propose(
  dao: Dao,
  wallet: { account: { address: Address } },
  call: ProposalCall,
): Promise<bigint> {
  await dao.governor.write.propose(
    [call.targets, call.values, call.calldatas, call.description],
    { account: wallet.account.address },
  );
  return proposalIdOf(dao, call);
}
