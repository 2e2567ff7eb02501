import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { encodeFunctionData, parseEther, zeroAddress } from "viem";

import {
  communityNftAbi,
  governanceTokenAbi,
  treasuryAbi,
} from "../../generated/abis.ts";
import { checkThreshold } from "./check-threshold.ts";
import {
  describeAction,
  fetchDescribeContext,
  type DescribeContext,
} from "./describe-action.ts";
import { findDuplicate, proposalId } from "./find-duplicate.ts";
import type { ProposalAction } from "./proposal.ts";
import { simulateActions } from "./simulate-actions.ts";
import {
  type TemplateContext,
  type TemplateId,
  buildTemplateAction,
  fetchTemplateContext,
} from "./templates.ts";
import { type TestDao, createTestDao } from "./test-dao.ts";

function build(
  template: TemplateId,
  fields: Record<string, string>,
  context: TemplateContext,
): ProposalAction {
  const result = buildTemplateAction(template, fields, context);
  if (!result.ok) assert.fail(`${template}: ${JSON.stringify(result.errors)}`);
  return result.action;
}

describe("proposal actions", () => {
  let dao: TestDao;
  let templates: TemplateContext;
  let words: DescribeContext;
  let recipient: `0x${string}`;

  before(async () => {
    dao = await createTestDao();
    templates = await fetchTemplateContext(dao.client, dao.deployment);
    words = await fetchDescribeContext(dao.client, dao.deployment);
    recipient = dao.outsider.account.address;
  });

  it("builds every template into calls the treasury can make, in words", async () => {
    const actions = [
      build("sendEth", { to: recipient, amount: "1.5" }, templates),
      build("sendTokens", { to: recipient, amount: "1,250.5" }, templates),
      build("mintTokens", { to: recipient, amount: "10" }, templates),
      build("transferNft", { to: recipient, tokenId: "1" }, templates),
      build("nftPrice", { price: "0.02" }, templates),
      build("nftPause", { paused: "true" }, templates),
      build("nftBaseUri", { uri: "ipfs://badges/" }, templates),
      build("nftBaseUri", { uri: "" }, templates),
    ];

    const summaries = actions.map(
      (action) => describeAction(action, words).summary,
    );
    const to = recipient.toLowerCase();
    assert.deepEqual(
      summaries.map((s) =>
        s.replace(/0x[0-9a-fA-F]{40}/g, (a) => a.toLowerCase()),
      ),
      [
        `Send 1.5 ETH from the treasury to ${to}.`,
        `Send 1,250.5 CMN from the treasury to ${to}.`,
        `Mint 10 CMN to ${to}.`,
        `Transfer Commons Badge #1 from the Treasury (${dao.treasury.toLowerCase()}) to ${to}.`,
        "Set the NFT mint price to 0.02 ETH.",
        "Pause NFT minting.",
        'Set the NFT base URI to "ipfs://badges/".',
        "Clear the NFT base URI, restoring the on-chain art.",
      ],
    );
    const results = await simulateActions(dao.client, dao.deployment, actions);
    assert.deepEqual(
      results,
      actions.map(() => ({ status: "success" })),
    );
  });

  it("carries out the built actions once the proposal passes", async () => {
    const actions = [
      build("sendEth", { to: recipient, amount: "2" }, templates),
      build("sendTokens", { to: recipient, amount: "1000" }, templates),
      build("transferNft", { to: recipient, tokenId: "1" }, templates),
    ];
    const description =
      "# Reward the outsider\n\nETH, tokens and the treasury's badge.";
    const ethBefore = await dao.client.getBalance({ address: recipient });

    await dao.propose(dao.alice, actions, description);
    await dao.advance(61);
    await dao.vote(dao.alice, proposalId(actions, description), 1);
    await dao.advance(601);
    await dao.queue(dao.alice, actions, description);
    await dao.advance(61);
    await dao.execute(dao.alice, actions, description);

    const { GovernanceToken, CommunityNFT } = dao.deployment.contracts;
    assert.equal(
      await dao.client.getBalance({ address: recipient }),
      ethBefore + parseEther("2"),
    );
    assert.equal(
      await dao.client.readContract({
        address: GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "balanceOf",
        args: [recipient],
      }),
      parseEther("1000"),
    );
    assert.equal(
      (
        await dao.client.readContract({
          address: CommunityNFT.address,
          abi: communityNftAbi,
          functionName: "ownerOf",
          args: [1n],
        })
      ).toLowerCase(),
      recipient.toLowerCase(),
    );
  });

  it("says why an action would revert, decoded from our ABIs", async () => {
    const theirs = build(
      "transferNft",
      { to: recipient, tokenId: "2" },
      templates,
    );
    const missing = build(
      "transferNft",
      { to: recipient, tokenId: "999" },
      templates,
    );

    const [notOwned, nonexistent] = await simulateActions(
      dao.client,
      dao.deployment,
      [theirs, missing],
    );

    assert.deepEqual(notOwned, {
      status: "revert",
      reason: "This NFT does not belong to the sender.",
      errorName: "TransferFromIncorrectOwner",
    });
    assert.equal(nonexistent?.status, "revert");
    assert.equal(
      (nonexistent as { errorName?: string }).errorName,
      "OwnerQueryForNonexistentToken",
    );
  });

  it("checks amounts against the treasury and the cap before building", () => {
    const tooMuch = buildTemplateAction(
      "sendEth",
      { to: recipient, amount: "1000000" },
      templates,
    );
    const pastCap = buildTemplateAction(
      "mintTokens",
      { to: recipient, amount: "9000000" },
      templates,
    );
    const bad = buildTemplateAction(
      "sendTokens",
      { to: "0x123", amount: "1.0000000000000000001" },
      templates,
    );

    assert.deepEqual(tooMuch, {
      ok: false,
      errors: { amount: "The treasury holds only 10.02 ETH." },
    });
    assert.match(
      JSON.stringify(pastCap),
      /The cap allows only 8,819,500 CMN more\./,
    );
    assert.deepEqual(bad, {
      ok: false,
      errors: {
        to:
          "An address has 40 hex digits after 0x; this one has 3: " +
          "check that none are missing.",
        amount: "CMN has 18 decimals: use at most 18 digits after the point.",
      },
    });
  });

  it("builds custom calls from a project ABI or a pasted one", async () => {
    const fromProject = buildTemplateAction(
      "custom",
      {
        contract: "CommunityNFT",
        function: "setRoyalty(address,uint96)",
        arg0: recipient,
        arg1: "250",
      },
      templates,
    );
    const pasted = buildTemplateAction(
      "custom",
      {
        contract: "other",
        address: dao.deployment.contracts.GovernanceToken.address,
        abi: JSON.stringify(governanceTokenAbi),
        function: "approve(address,uint256)",
        arg0: recipient,
        arg1: "5",
        value: "",
      },
      templates,
    );
    const governorCall = buildTemplateAction(
      "custom",
      {
        contract: "DAOGovernor",
        function: "setVotingDelay(uint48)",
        arg0: "120",
      },
      templates,
    );
    const wrong = buildTemplateAction(
      "custom",
      {
        contract: "CommunityNFT",
        function: "setRoyalty(address,uint96)",
        arg0: "0xabc",
        arg1: String(2n ** 96n),
        value: "1",
      },
      templates,
    );

    assert.ok(fromProject.ok && pasted.ok && governorCall.ok);
    assert.equal(
      describeAction(fromProject.action, words).summary.replace(
        /0x\w+/g,
        "0x…",
      ),
      "Call CommunityNFT.setRoyalty(receiver: 0x…, feeNumerator: 250).",
    );
    const results = await simulateActions(dao.client, dao.deployment, [
      fromProject.action,
      pasted.action,
      governorCall.action,
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ["success", "success", "unchecked"],
    );
    assert.deepEqual(wrong, {
      ok: false,
      errors: {
        value: "setRoyalty is not payable: it cannot receive ETH.",
        arg0:
          "An address has 40 hex digits after 0x; this one has 3: " +
          "check that none are missing.",
        arg1: `The uint96 value must be at most ${2n ** 96n - 1n}.`,
      },
    });
    const badJson = buildTemplateAction(
      "custom",
      { contract: "other", abi: "[{" },
      templates,
    );
    assert.match(JSON.stringify(badJson), /The ABI is not valid JSON/);
  });

  it("shows calls to unknown targets and undecodable data raw", () => {
    const unknown = describeAction(
      { target: recipient, value: 0n, calldata: "0xdeadbeef" },
      words,
    );
    const garbage = describeAction(
      {
        target: dao.deployment.contracts.GovernanceToken.address,
        value: 1n,
        calldata: "0x12345678",
      },
      words,
    );
    const timelock = describeAction(
      {
        target: dao.treasury,
        value: 0n,
        calldata: encodeFunctionData({
          abi: treasuryAbi,
          functionName: "updateDelay",
          args: [120n],
        }),
      },
      words,
    );

    assert.equal(unknown.raw, true);
    assert.equal(unknown.summary, `Call ${recipient} with data 0xdeadbeef.`);
    assert.equal(garbage.raw, true);
    assert.match(
      garbage.summary,
      /with data 0x12345678, sending 0\.000000000000000001 ETH\.$/,
    );
    assert.equal(timelock.summary, "Call Treasury.updateDelay(newDelay: 120).");
  });

  it("finds an identical proposal before the wallet opens", async () => {
    const actions = [build("nftPrice", { price: "0.03" }, templates)];
    const description = "# Price 0.03\n\nSame again.";

    assert.equal(
      await findDuplicate(dao.client, dao.deployment, actions, description),
      undefined,
    );
    await dao.propose(dao.bob, actions, description);
    const found = await findDuplicate(
      dao.client,
      dao.deployment,
      actions,
      description,
    );

    assert.deepEqual(found, {
      id: proposalId(actions, description),
      state: "Pending",
    });
    assert.equal(
      await findDuplicate(
        dao.client,
        dao.deployment,
        actions,
        `${description} `,
      ),
      undefined,
    );
  });

  it("says how many votes proposing needs and when delegation counts", async () => {
    const mallory = dao.mallory.account.address;
    const before = await checkThreshold(dao.client, dao.deployment, mallory);

    assert.equal(before.enough, false);
    assert.equal(
      before.message,
      "You have 0 CMN of voting power but proposing needs 1,000 CMN: get 1,000 CMN more " +
        "delegated to you (delegating to yourself counts too); " +
        "delegated votes count from the next second. " +
        "The 500 CMN you hold count only once you delegate them, to yourself or to someone else.",
    );

    await dao.wait(
      dao.alice.writeContract({
        address: dao.deployment.contracts.GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "transfer",
        args: [mallory, parseEther("600")],
      }),
    );
    await dao.wait(
      dao.mallory.writeContract({
        address: dao.deployment.contracts.GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "delegate",
        args: [mallory],
      }),
    );
    await dao.advance(1);
    const after = await checkThreshold(dao.client, dao.deployment, mallory);

    assert.equal(after.enough, true);
    assert.equal(after.votes, parseEther("1100"));
    assert.equal(
      after.message,
      "You have 1,100 CMN of voting power; proposing needs 1,000 CMN.",
    );
    assert.notEqual(zeroAddress, mallory);
  });
});
