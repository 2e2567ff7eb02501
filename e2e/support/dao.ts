import type { Address } from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
} from "../../generated/abis.ts";
import type { Deployment } from "../../lib/deployments.ts";
import type { ChainClients } from "./chain.ts";

/** What the journeys read from the chain to check what the page shows. */
export function daoReader(
  { publicClient }: ChainClients,
  deployment: Deployment,
) {
  const { GovernanceToken, CommunityNFT, DAOGovernor, Treasury } =
    deployment.contracts;
  const token = { address: GovernanceToken.address, abi: governanceTokenAbi };
  const nft = { address: CommunityNFT.address, abi: communityNftAbi };
  const governor = { address: DAOGovernor.address, abi: daoGovernorAbi };

  return {
    treasury: Treasury.address,
    ethBalance: (address: Address) => publicClient.getBalance({ address }),
    tokenBalance: (account: Address) =>
      publicClient.readContract({
        ...token,
        functionName: "balanceOf",
        args: [account],
      }),
    votes: (account: Address) =>
      publicClient.readContract({
        ...token,
        functionName: "getVotes",
        args: [account],
      }),
    delegateOf: (account: Address) =>
      publicClient.readContract({
        ...token,
        functionName: "delegates",
        args: [account],
      }),
    nftBalance: (account: Address) =>
      publicClient.readContract({
        ...nft,
        functionName: "balanceOf",
        args: [account],
      }),
    nftOwner: (id: bigint) =>
      publicClient.readContract({
        ...nft,
        functionName: "ownerOf",
        args: [id],
      }),
    nftSupply: () =>
      publicClient.readContract({ ...nft, functionName: "totalSupply" }),
    mintPrice: () =>
      publicClient.readContract({ ...nft, functionName: "mintPrice" }),
    proposalState: (id: bigint) =>
      publicClient.readContract({
        ...governor,
        functionName: "state",
        args: [id],
      }),
    hasVoted: (id: bigint, account: Address) =>
      publicClient.readContract({
        ...governor,
        functionName: "hasVoted",
        args: [id, account],
      }),
    proposalVotes: (id: bigint) =>
      publicClient.readContract({
        ...governor,
        functionName: "proposalVotes",
        args: [id],
      }),
    /** Every ProposalCreated event, oldest first. */
    proposals: () =>
      publicClient.getContractEvents({
        ...governor,
        eventName: "ProposalCreated",
        fromBlock: BigInt(DAOGovernor.deployBlock),
      }),
  };
}

export type DaoReader = ReturnType<typeof daoReader>;

/** Governor states by number, as `state()` returns them. */
export const PROPOSAL_STATE = {
  Pending: 0,
  Active: 1,
  Canceled: 2,
  Defeated: 3,
  Succeeded: 4,
  Queued: 5,
  Expired: 6,
  Executed: 7,
} as const;
