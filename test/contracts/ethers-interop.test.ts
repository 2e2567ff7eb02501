import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type {
  Contract,
  ContractTransactionResponse,
  LogDescription,
} from "ethers";
import { network } from "hardhat";

import {
  BALANCES,
  ProposalState,
  SETTINGS,
  TOKEN,
  Vote,
  deployDaoFixture,
} from "../helpers/dao.ts";

/** Sends a transaction and returns its logs that `contract` can decode. */
async function logsOf(
  contract: Contract,
  sent: Promise<ContractTransactionResponse>,
): Promise<LogDescription[]> {
  const receipt = await (await sent).wait();
  assert.ok(receipt, "the transaction was mined");
  const address = (await contract.getAddress()).toLowerCase();
  return receipt.logs
    .filter((log) => log.address.toLowerCase() === address)
    .map((log) => contract.interface.parseLog(log))
    .filter((log): log is LogDescription => log !== null);
}

function findEvent(logs: LogDescription[], name: string): LogDescription {
  const log = logs.find((l) => l.name === name);
  assert.ok(log, `expected a ${name} event`);
  return log;
}

describe("Interoperability with ethers v6", async () => {
  const connection = await network.create();
  const { ethers, networkHelpers } = connection;
  const { time } = networkHelpers;

  it("delegates, proposes, votes with a reason, queues, executes and mints", async () => {
    const d = await networkHelpers.loadFixture(deployDaoFixture);
    const [, alice, bob, carol] = await ethers.getSigners();
    const token = await ethers.getContractAt(
      "GovernanceToken",
      d.token.address,
    );
    const governor = await ethers.getContractAt(
      "DAOGovernor",
      d.governor.address,
    );
    const nft = await ethers.getContractAt("CommunityNFT", d.nft.address);
    const grant = 1_234n * TOKEN;
    const newPrice = 3n * 10n ** 15n;

    // delegate
    const delegated = await logsOf(
      token,
      (token.connect(alice) as Contract).getFunction("delegate")(
        alice.address,
      ) as Promise<ContractTransactionResponse>,
    );
    assert.equal(
      findEvent(delegated, "DelegateChanged").args[2],
      alice.address,
    );
    const votes = (await token.getFunction("getVotes")(
      alice.address,
    )) as bigint;
    assert.equal(votes, BALANCES.alice);

    // propose
    const targets = [d.token.address, d.nft.address];
    const values = [0n, 0n];
    const calldatas = [
      token.interface.encodeFunctionData("mint", [carol.address, grant]),
      nft.interface.encodeFunctionData("setMintPrice", [newPrice]),
    ];
    const description = "Grant Carol tokens and cut the price (via ethers)";
    const created = await logsOf(
      governor,
      (governor.connect(alice) as Contract).getFunction("propose")(
        targets,
        values,
        calldatas,
        description,
      ) as Promise<ContractTransactionResponse>,
    );
    const proposalId = findEvent(created, "ProposalCreated").args[0] as bigint;
    const state = governor.getFunction("state");
    assert.equal(await state(proposalId), BigInt(ProposalState.Pending));

    // vote with reason
    await time.increase(SETTINGS.votingDelay + 1n);
    const voted = await logsOf(
      governor,
      (governor.connect(alice) as Contract).getFunction("castVoteWithReason")(
        proposalId,
        Vote.For,
        "Carol earned it",
      ) as Promise<ContractTransactionResponse>,
    );
    const voteCast = findEvent(voted, "VoteCast");
    assert.equal(voteCast.args[0], alice.address);
    assert.equal(voteCast.args[3], BALANCES.alice);
    assert.equal(voteCast.args[4], "Carol earned it");

    // queue
    const deadline = (await governor.getFunction("proposalDeadline")(
      proposalId,
    )) as bigint;
    await time.increaseTo(deadline + 1n);
    assert.equal(await state(proposalId), BigInt(ProposalState.Succeeded));
    const descriptionHash = ethers.id(description);
    const queued = await logsOf(
      governor,
      (governor.connect(bob) as Contract).getFunction("queue")(
        targets,
        values,
        calldatas,
        descriptionHash,
      ) as Promise<ContractTransactionResponse>,
    );
    assert.equal(findEvent(queued, "ProposalQueued").args[0], proposalId);

    // execute
    await time.increase(SETTINGS.timelockDelay);
    const executed = await logsOf(
      governor,
      (governor.connect(bob) as Contract).getFunction("execute")(
        targets,
        values,
        calldatas,
        descriptionHash,
      ) as Promise<ContractTransactionResponse>,
    );
    assert.equal(findEvent(executed, "ProposalExecuted").args[0], proposalId);
    assert.equal(await state(proposalId), BigInt(ProposalState.Executed));
    assert.equal(
      await token.getFunction("balanceOf")(carol.address),
      BALANCES.carol + grant,
    );
    assert.equal(await nft.getFunction("mintPrice")(), newPrice);

    // mint at the new price
    const treasuryBefore = await ethers.provider.getBalance(d.treasury.address);
    const minted = await logsOf(
      nft,
      (nft.connect(carol) as Contract).getFunction("mint")(2n, {
        value: 2n * newPrice,
      }) as Promise<ContractTransactionResponse>,
    );
    assert.equal(minted.filter((l) => l.name === "Transfer").length, 2);
    assert.equal(await nft.getFunction("balanceOf")(carol.address), 2n);
    assert.equal(
      await ethers.provider.getBalance(d.treasury.address),
      treasuryBefore + 2n * newPrice,
    );
  });
});
