import { network } from "hardhat";
import {
  type Hex,
  type PublicClient,
  createPublicClient,
  custom,
  encodeFunctionData,
  keccak256,
  parseEther,
  toBytes,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
} from "../../generated/abis.ts";
import { deployDao } from "../../scripts/lib/deploy-dao.ts";
import type { Deployment } from "../deployments.ts";
import { proposalId } from "./find-duplicate.ts";
import type { ProposalAction } from "./proposal.ts";

/**
 * A real DAO on Hardhat's in-process chain for the proposal tests: Alice,
 * Bob and Carol hold delegated tokens, Mallory holds too few to propose, the
 * treasury holds ETH, tokens and NFT #1.
 */
export async function createTestDao() {
  // Without a journal of this id, deploy blocks fall back to the start block.
  process.env.DAO_DEPLOYMENT_ID ??= `proposals-lib-test-${process.pid}`;
  const connection = await network.create();
  const { viem } = connection;
  const client = (await viem.getPublicClient()) as unknown as PublicClient;
  const [deployer, alice, bob, carol, mallory, outsider] =
    await viem.getWalletClients();
  const whole = (amount: bigint) => amount * 10n ** 18n;

  const deployment: Deployment = await deployDao(connection, {
    DAO: {
      recipients: [alice, bob, carol, mallory].map((w) => w.account.address),
      amounts: [whole(100_000n), whole(60_000n), whole(20_000n), whole(500n)],
    },
  });
  const { GovernanceToken, CommunityNFT, DAOGovernor, Treasury } =
    deployment.contracts;

  const wait = async (hash: Promise<Hex>) => {
    const receipt = await client.waitForTransactionReceipt({
      hash: await hash,
    });
    if (receipt.status !== "success") throw new Error("transaction reverted");
    return receipt;
  };

  for (const wallet of [alice, bob, carol]) {
    await wait(
      wallet.writeContract({
        address: GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "delegate",
        args: [wallet.account.address],
      }),
    );
  }
  await wait(
    deployer.sendTransaction({
      to: Treasury.address,
      value: parseEther("10"),
    }),
  );
  await wait(
    carol.writeContract({
      address: CommunityNFT.address,
      abi: communityNftAbi,
      functionName: "mint",
      args: [2n],
      value: parseEther("0.02"),
    }),
  );
  await wait(
    carol.writeContract({
      address: CommunityNFT.address,
      abi: communityNftAbi,
      functionName: "transferFrom",
      args: [carol.account.address, Treasury.address, 1n],
    }),
  );

  const governor = {
    address: DAOGovernor.address,
    abi: daoGovernorAbi,
  } as const;
  type Wallet = NonNullable<typeof alice>;
  const args = (actions: readonly ProposalAction[]) =>
    [
      actions.map((a) => a.target),
      actions.map((a) => a.value),
      actions.map((a) => a.calldata),
    ] as const;

  return {
    connection,
    client,
    deployment,
    deployer: deployer,
    alice: alice,
    bob: bob,
    carol: carol,
    mallory: mallory,
    outsider: outsider,
    wait,

    /** A client whose every JSON-RPC request is counted in `count()`. */
    countingClient() {
      let requests = 0;
      const counted = createPublicClient({
        transport: custom({
          request: (call: { method: string; params?: unknown }) => {
            requests += 1;
            return connection.provider.request(call as never);
          },
        }),
      }) as unknown as PublicClient;
      return { client: counted, count: () => requests };
    },

    async propose(
      wallet: Wallet,
      actions: ProposalAction[],
      description: string,
    ) {
      await wait(
        wallet.writeContract({
          ...governor,
          functionName: "propose",
          args: [...args(actions), description],
        }),
      );
    },
    async vote(wallet: Wallet, id: bigint, support: 0 | 1 | 2, reason = "") {
      await wait(
        wallet.writeContract({
          ...governor,
          functionName: "castVoteWithReason",
          args: [id, support, reason],
        }),
      );
    },
    async queue(
      wallet: Wallet,
      actions: ProposalAction[],
      description: string,
    ) {
      await wait(
        wallet.writeContract({
          ...governor,
          functionName: "queue",
          args: [...args(actions), keccak256(toBytes(description))],
        }),
      );
    },
    async execute(
      wallet: Wallet,
      actions: ProposalAction[],
      description: string,
    ) {
      await wait(
        wallet.writeContract({
          ...governor,
          functionName: "execute",
          args: [...args(actions), keccak256(toBytes(description))],
        }),
      );
    },
    /** Moves chain time on by `seconds` and mines a block. */
    async advance(seconds: number) {
      await connection.networkHelpers.time.increase(seconds);
    },
    async now(): Promise<bigint> {
      return (await client.getBlock()).timestamp;
    },
    treasury: Treasury.address,
  };
}

export type TestDao = Awaited<ReturnType<typeof createTestDao>>;

/** A proposal the scenario created, with what it should end up as. */
export interface ScenarioProposal {
  actions: ProposalAction[];
  description: string;
  expected: string;
}

/**
 * Builds one proposal in each state a list shows: Executed, Defeated,
 * Succeeded, Queued (past its eta), Canceled, Active and Pending.
 */
export async function seedScenario(dao: TestDao) {
  const { alice, bob, deployment } = dao;
  const nft = deployment.contracts.CommunityNFT.address;
  const price = (wei: bigint): ProposalAction => ({
    target: nft,
    value: 0n,
    calldata: encodeFunctionData({
      abi: communityNftAbi,
      functionName: "setMintPrice",
      args: [wei],
    }),
  });
  const make = (title: string, wei: bigint, expected: string) => ({
    actions: [price(wei)],
    description: `# ${title}\n\nSet the price to ${wei} wei.`,
    expected,
  });
  const executed = make("Lower the badge price", 5n * 10n ** 15n, "Executed");
  const defeated = make("Raise the badge price a lot", 10n ** 18n, "Defeated");
  const succeeded = make("Make badges free", 0n, "Succeeded");
  const queued = make("Set the price to 0.02 ETH", 2n * 10n ** 16n, "Queued");
  const canceled = make("Withdrawn idea", 3n, "Canceled");
  const active = make("Active vote on pricing", 4n, "Active");
  const pending = make("Pending pricing idea", 5n, "Pending");

  const id = (p: ScenarioProposal) => proposalId(p.actions, p.description);
  for (const p of [executed, defeated, succeeded, queued, canceled]) {
    await dao.propose(alice, p.actions, p.description);
  }
  await dao.wait(
    alice.writeContract({
      address: deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName: "cancel",
      args: [
        canceled.actions.map((a) => a.target),
        canceled.actions.map((a) => a.value),
        canceled.actions.map((a) => a.calldata),
        keccak256(toBytes(canceled.description)),
      ],
    }),
  );

  await dao.advance(61);
  await dao.vote(alice, id(executed), 1, "Cheaper badges, more members");
  await dao.vote(bob, id(executed), 2);
  await dao.vote(alice, id(defeated), 0, "Far too expensive");
  await dao.vote(bob, id(defeated), 1);
  await dao.vote(alice, id(succeeded), 1);
  await dao.vote(alice, id(queued), 1);

  await dao.advance(601);
  await dao.queue(alice, executed.actions, executed.description);
  await dao.queue(alice, queued.actions, queued.description);
  await dao.advance(61);
  await dao.execute(alice, executed.actions, executed.description);

  await dao.propose(bob, active.actions, active.description);
  await dao.advance(61);
  await dao.vote(alice, id(active), 1, "Yes");
  await dao.propose(bob, pending.actions, pending.description);

  return {
    executed,
    defeated,
    succeeded,
    queued,
    canceled,
    active,
    pending,
    id,
  };
}
