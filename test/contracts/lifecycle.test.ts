import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { anyValue } from "@nomicfoundation/hardhat-viem-assertions/predicates";
import { encodeFunctionData } from "viem";

import {
  BALANCES,
  ProposalState,
  SETTINGS,
  TOKEN,
  Vote,
  deployDaoFixture,
  mintAndRepriceProposal,
  proposalIdOf,
  stateBitmap,
} from "../helpers/dao.ts";

/** TimelockController's `OperationState.Ready`, as a bitmap. */
const TIMELOCK_READY = stateBitmap(2);

describe("Proposal lifecycle", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const { time } = networkHelpers;
  const dao = () => networkHelpers.loadFixture(deployDaoFixture);

  it("delegates, proposes, votes, queues and executes a mint and a price change", async () => {
    const d = await dao();
    const { governor, token, nft, treasury } = d;
    const grant = 25_000n * TOKEN;
    const newPrice = SETTINGS.mintPrice / 2n;

    // delegate
    for (const wallet of [d.alice, d.bob, d.carol]) {
      await token.write.delegate([wallet.account.address], {
        account: wallet.account,
      });
    }
    assert.equal(
      await token.read.getVotes([d.alice.account.address]),
      BALANCES.alice,
    );

    // propose
    const call = mintAndRepriceProposal(
      d,
      d.carol.account.address,
      grant,
      newPrice,
    );
    const args = [call.targets, call.values, call.calldatas] as const;
    await governor.write.propose([...args, call.description], {
      account: d.alice.account,
    });
    const id = await proposalIdOf(d, call);
    assert.equal(await governor.read.state([id]), ProposalState.Pending);
    assert.equal(await governor.read.proposalNeedsQueuing([id]), true);

    // vote
    await time.increase(SETTINGS.votingDelay + 1n);
    await governor.write.castVote([id, Vote.For], { account: d.alice.account });
    await governor.write.castVoteWithReason([id, Vote.For, "Grow it"], {
      account: d.bob.account,
    });
    await governor.write.castVote([id, Vote.Against], {
      account: d.carol.account,
    });
    await time.increaseTo(await governor.read.proposalDeadline([id]));
    await time.increase(1);
    assert.equal(await governor.read.state([id]), ProposalState.Succeeded);

    // queue
    const queuedAt = BigInt(await time.latest()) + 5n;
    await time.setNextBlockTimestamp(queuedAt);
    await viem.assertions.emitWithArgs(
      governor.write.queue([...args, call.descriptionHash], {
        account: d.outsider.account,
      }),
      governor,
      "ProposalQueued",
      [id, queuedAt + SETTINGS.timelockDelay],
    );
    assert.equal(await governor.read.state([id]), ProposalState.Queued);

    // too early: the treasury's delay has not passed
    await viem.assertions.revertWithCustomErrorWithArgs(
      governor.write.execute([...args, call.descriptionHash], {
        account: d.outsider.account,
      }),
      treasury,
      "TimelockUnexpectedOperationState",
      [anyValue, TIMELOCK_READY],
    );

    // only what was voted: changing one calldata makes another proposal
    await time.increase(SETTINGS.timelockDelay);
    const tampered = [
      call.calldatas[0],
      encodeFunctionData({
        abi: nft.abi,
        functionName: "setMintPrice",
        args: [0n],
      }),
    ];
    const tamperedId = await governor.read.hashProposal([
      call.targets,
      call.values,
      tampered,
      call.descriptionHash,
    ]);
    await viem.assertions.revertWithCustomErrorWithArgs(
      governor.write.execute(
        [call.targets, call.values, tampered, call.descriptionHash],
        { account: d.outsider.account },
      ),
      governor,
      "GovernorNonexistentProposal",
      [tamperedId],
    );

    // execute, by an account with no tokens at all
    const supplyBefore = await token.read.totalSupply();
    const tx = governor.write.execute([...args, call.descriptionHash], {
      account: d.outsider.account,
    });
    await viem.assertions.emitWithArgs(tx, governor, "ProposalExecuted", [id]);
    await viem.assertions.emitWithArgs(tx, token, "Minted", [
      d.carol.account.address,
      grant,
    ]);
    await viem.assertions.emitWithArgs(tx, nft, "MintPriceUpdated", [
      SETTINGS.mintPrice,
      newPrice,
    ]);

    assert.equal(await governor.read.state([id]), ProposalState.Executed);
    assert.equal(await token.read.totalSupply(), supplyBefore + grant);
    assert.equal(
      await token.read.balanceOf([d.carol.account.address]),
      BALANCES.carol + grant,
    );
    assert.equal(await nft.read.mintPrice(), newPrice);
    await viem.assertions.revertWithCustomErrorWithArgs(
      governor.write.execute([...args, call.descriptionHash], {
        account: d.outsider.account,
      }),
      governor,
      "GovernorUnexpectedProposalState",
      [id, ProposalState.Executed, stateBitmap(ProposalState.Queued)],
    );
  });

  it("defeats a proposal that more voters reject and lets nothing run", async () => {
    const d = await dao();
    const { governor, token, nft } = d;
    for (const wallet of [d.alice, d.bob]) {
      await token.write.delegate([wallet.account.address], {
        account: wallet.account,
      });
    }
    const call = mintAndRepriceProposal(d, d.bob.account.address, TOKEN, 0n);
    const args = [call.targets, call.values, call.calldatas] as const;
    await governor.write.propose([...args, call.description], {
      account: d.bob.account,
    });
    const id = await proposalIdOf(d, call);
    await time.increase(SETTINGS.votingDelay + 1n);

    await governor.write.castVote([id, Vote.For], { account: d.bob.account });
    await governor.write.castVote([id, Vote.Against], {
      account: d.alice.account,
    });
    await time.increaseTo(await governor.read.proposalDeadline([id]));
    await time.increase(1);

    assert.equal(await governor.read.state([id]), ProposalState.Defeated);
    await viem.assertions.revertWithCustomErrorWithArgs(
      governor.write.queue([...args, call.descriptionHash]),
      governor,
      "GovernorUnexpectedProposalState",
      [id, ProposalState.Defeated, stateBitmap(ProposalState.Succeeded)],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      governor.write.execute([...args, call.descriptionHash]),
      governor,
      "GovernorUnexpectedProposalState",
      [id, ProposalState.Defeated, stateBitmap(ProposalState.Queued)],
    );
    assert.equal(await nft.read.mintPrice(), SETTINGS.mintPrice);
    assert.equal(
      await token.read.balanceOf([d.bob.account.address]),
      BALANCES.bob,
    );
  });
});
