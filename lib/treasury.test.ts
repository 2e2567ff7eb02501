import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import {
  encodeFunctionData,
  getAddress,
  keccak256,
  parseEther,
  toHex,
} from "viem";

import { daoGovernorAbi, governanceTokenAbi } from "../generated/abis.ts";
import { createLocalDao, type LocalDao, tokens } from "./testing/local-dao.ts";
import {
  proposalTitle,
  readExecutedProposals,
  readTreasuryBalances,
} from "./treasury.ts";

describe("treasury reads", () => {
  let dao: LocalDao;
  let bob: `0x${string}`;
  let tokensBefore: bigint;

  before(async () => {
    dao = await createLocalDao();
    bob = getAddress(dao.wallets.bob.account.address);
    const { DAOGovernor, GovernanceToken, Treasury } = dao.deployment.contracts;
    const { alice } = dao.wallets;

    // The treasury needs tokens to pay out: alice sends it some.
    await dao.wait(
      alice.writeContract({
        address: GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "transfer",
        args: [Treasury.address, tokens(1_000n)],
      }),
    );
    tokensBefore = (await readTreasuryBalances(dao.client, dao.deployment))
      .tokens;
    const description = "# Pay bob\n\nOne ETH and 250 tokens for the docs.";
    const targets = [bob, GovernanceToken.address] as const;
    const values = [parseEther("1"), 0n];
    const calldatas = [
      "0x",
      encodeFunctionData({
        abi: governanceTokenAbi,
        functionName: "transfer",
        args: [bob, tokens(250n)],
      }),
    ] as const;
    const args = [targets, values, calldatas] as const;
    const governor = {
      address: DAOGovernor.address,
      abi: daoGovernorAbi,
    } as const;
    const descriptionHash = keccak256(toHex(description));

    const { request, result: id } = await dao.client.simulateContract({
      ...governor,
      account: alice.account,
      functionName: "propose",
      args: [...args, description],
    });
    await dao.wait(alice.writeContract(request));
    await dao.increaseTime(61);
    await dao.wait(
      alice.writeContract({
        ...governor,
        functionName: "castVote",
        args: [id, 1],
      }),
    );
    await dao.increaseTime(601);
    await dao.wait(
      alice.writeContract({
        ...governor,
        functionName: "queue",
        args: [...args, descriptionHash],
      }),
    );
    await dao.increaseTime(61);
    await dao.wait(
      alice.writeContract({
        ...governor,
        functionName: "execute",
        args: [...args, descriptionHash],
      }),
    );
  });

  it("default: reads ETH, token and NFT balances", async () => {
    const balances = await readTreasuryBalances(dao.client, dao.deployment);

    assert.equal(balances.eth, parseEther("9"));
    assert.equal(balances.tokens, tokensBefore - tokens(250n));
    assert.equal(balances.nfts, 0n);
  });

  it("behavior: lists executed proposals with decoded actions", async () => {
    const [executed, ...rest] = await readExecutedProposals(
      dao.client,
      dao.deployment,
    );

    assert.equal(rest.length, 0);
    assert.equal(executed?.title, "Pay bob");
    assert.equal(executed?.ethSent, parseEther("1"));
    assert.deepEqual(
      executed?.actions.map((a) => [a.targetName, a.functionName, a.args]),
      [
        [null, null, []],
        ["GovernanceToken", "transfer", [bob, tokens(250n)]],
      ],
    );
  });

  it("args: titles come from the first non-empty line", () => {
    assert.equal(proposalTitle("\n\n## Fund it  \nbody"), "Fund it");
    assert.equal(proposalTitle("   "), "Untitled proposal");
  });
});
