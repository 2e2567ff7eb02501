import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";

import {
  BALANCES,
  ProposalState,
  SETTINGS,
  TOKEN,
  Vote,
  deployDelegatedDaoFixture,
  propose,
  repriceProposal,
  stateBitmap,
} from "../helpers/dao.ts";

describe("DAOGovernor", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const { time } = networkHelpers;
  const dao = () => networkHelpers.loadFixture(deployDelegatedDaoFixture);

  /** Moves the chain past the voting delay, so the vote is open. */
  const startVoting = () => time.increase(SETTINGS.votingDelay + 1n);

  describe("proposing", () => {
    it("creates a proposal whose vote opens after the delay", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);
      const proposedAt = BigInt(await time.latest()) + 10n;
      await time.setNextBlockTimestamp(proposedAt);
      const id = await d.governor.read.hashProposal([
        call.targets,
        call.values,
        call.calldatas,
        call.descriptionHash,
      ]);

      await viem.assertions.emitWithArgs(
        d.governor.write.propose(
          [call.targets, call.values, call.calldatas, call.description],
          { account: d.alice.account },
        ),
        d.governor,
        "ProposalCreated",
        [
          id,
          d.alice.account.address,
          call.targets,
          call.values,
          [""],
          call.calldatas,
          proposedAt + SETTINGS.votingDelay,
          proposedAt + SETTINGS.votingDelay + SETTINGS.votingPeriod,
          call.description,
        ],
      );
      assert.equal(await d.governor.read.state([id]), ProposalState.Pending);

      await startVoting();
      assert.equal(await d.governor.read.state([id]), ProposalState.Active);
    });

    it("refuses a proposer below the threshold (proposal spam)", async () => {
      const d = await dao();
      await d.token.write.delegate([d.mallory.account.address], {
        account: d.mallory.account,
      });
      const call = repriceProposal(d, 1n);

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.propose(
          [call.targets, call.values, call.calldatas, call.description],
          { account: d.mallory.account },
        ),
        d.governor,
        "GovernorInsufficientProposerVotes",
        [
          d.mallory.account.address,
          BALANCES.mallory,
          SETTINGS.proposalThreshold,
        ],
      );
    });

    it("refuses a proposal with no actions", async () => {
      const d = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.propose([[], [], [], "Nothing to do"], {
          account: d.alice.account,
        }),
        d.governor,
        "GovernorInvalidProposalLength",
        [0n, 0n, 0n],
      );
    });

    it("refuses a proposal whose arrays differ in length", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.propose(
          [
            [call.targets[0], call.targets[0]],
            [0n, 0n],
            call.calldatas,
            call.description,
          ],
          { account: d.alice.account },
        ),
        d.governor,
        "GovernorInvalidProposalLength",
        [2n, 1n, 2n],
      );
    });

    it("refuses the same proposal twice", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);
      const id = await propose(d, d.alice, call);

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.propose(
          [call.targets, call.values, call.calldatas, call.description],
          { account: d.bob.account },
        ),
        d.governor,
        "GovernorUnexpectedProposalState",
        [id, ProposalState.Pending, stateBitmap()],
      );
    });

    it("reserves a #proposer= description for that proposer (front-running)", async () => {
      const d = await dao();
      const call = repriceProposal(
        d,
        1n,
        `Lower the price #proposer=${d.alice.account.address}`,
      );

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.propose(
          [call.targets, call.values, call.calldatas, call.description],
          { account: d.bob.account },
        ),
        d.governor,
        "GovernorRestrictedProposer",
        [d.bob.account.address],
      );

      const id = await propose(d, d.alice, call);
      assert.equal(
        (await d.governor.read.proposalProposer([id])).toLowerCase(),
        d.alice.account.address,
      );
    });
  });

  describe("voting", () => {
    it("records a vote with its weight and reason", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();

      await viem.assertions.emitWithArgs(
        d.governor.write.castVoteWithReason([id, Vote.Against, "Too cheap"], {
          account: d.bob.account,
        }),
        d.governor,
        "VoteCast",
        [d.bob.account.address, id, Vote.Against, BALANCES.bob, "Too cheap"],
      );
      await d.governor.write.castVote([id, Vote.Abstain], {
        account: d.carol.account,
      });

      assert.deepEqual(await d.governor.read.proposalVotes([id]), [
        BALANCES.bob,
        0n,
        BALANCES.carol,
      ]);
      assert.equal(
        await d.governor.read.hasVoted([id, d.bob.account.address]),
        true,
      );
    });

    it("refuses a vote before the voting delay has passed", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.castVote([id, Vote.For], { account: d.bob.account }),
        d.governor,
        "GovernorUnexpectedProposalState",
        [id, ProposalState.Pending, stateBitmap(ProposalState.Active)],
      );
    });

    it("refuses a second vote from the same account", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();
      await d.governor.write.castVote([id, Vote.For], {
        account: d.bob.account,
      });

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.castVote([id, Vote.Against], {
          account: d.bob.account,
        }),
        d.governor,
        "GovernorAlreadyCastVote",
        [d.bob.account.address],
      );
    });

    it("refuses a vote after the deadline", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await time.increaseTo(await d.governor.read.proposalDeadline([id]));

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.castVote([id, Vote.For], { account: d.bob.account }),
        d.governor,
        "GovernorUnexpectedProposalState",
        [id, ProposalState.Defeated, stateBitmap(ProposalState.Active)],
      );
    });

    it("refuses a vote type other than Against, For or Abstain", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();

      await viem.assertions.revertWithCustomError(
        d.governor.write.castVote([id, 3], { account: d.bob.account }),
        d.governor,
        "GovernorInvalidVoteType",
      );
    });

    it("gives no weight to tokens acquired after the snapshot (flash-loaned votes)", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();
      const buyer = d.outsider.account;
      await d.token.write.transfer([buyer.address, BALANCES.bob], {
        account: d.bob.account,
      });
      await d.token.write.delegate([buyer.address], { account: buyer });

      await viem.assertions.emitWithArgs(
        d.governor.write.castVote([id, Vote.For], { account: buyer }),
        d.governor,
        "VoteCast",
        [buyer.address, id, Vote.For, 0n, ""],
      );
      assert.equal(
        await d.token.read.getVotes([buyer.address]),
        BALANCES.bob,
        "the tokens do carry votes, just not for this proposal",
      );
    });
  });

  describe("quorum", () => {
    async function proposalWithVoterHolding(amount: bigint) {
      const d = await dao();
      const voter = d.outsider.account;
      await d.token.write.transfer([voter.address, amount], {
        account: d.alice.account,
      });
      await d.token.write.delegate([voter.address], { account: voter });
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();
      await d.governor.write.castVote([id, Vote.For], { account: voter });
      await time.increaseTo(await d.governor.read.proposalDeadline([id]));
      await time.increase(1);
      return { d, id };
    }

    // 4 % of the 1,180,500-token supply.
    const QUORUM = 47_220n * TOKEN;

    it("is 4 % of the supply at the snapshot", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      await startVoting();

      const snapshot = await d.governor.read.proposalSnapshot([id]);
      assert.equal(await d.governor.read.quorum([snapshot]), QUORUM);
    });

    it("passes a proposal whose For votes meet the quorum exactly", async () => {
      const { d, id } = await proposalWithVoterHolding(QUORUM);

      assert.equal(await d.governor.read.state([id]), ProposalState.Succeeded);
    });

    it("defeats a proposal one wei short of the quorum", async () => {
      const { d, id } = await proposalWithVoterHolding(QUORUM - 1n);

      assert.equal(await d.governor.read.state([id]), ProposalState.Defeated);
    });

    it("extends the deadline when quorum arrives late", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      const deadline = await d.governor.read.proposalDeadline([id]);
      const voteAt = deadline - 10n;
      await time.setNextBlockTimestamp(voteAt);

      await viem.assertions.emitWithArgs(
        d.governor.write.castVote([id, Vote.For], { account: d.alice.account }),
        d.governor,
        "ProposalExtended",
        [id, voteAt + SETTINGS.lateQuorumExtension],
      );

      assert.equal(
        await d.governor.read.proposalDeadline([id]),
        voteAt + SETTINGS.lateQuorumExtension,
      );
      await time.increaseTo(deadline + 1n);
      assert.equal(await d.governor.read.state([id]), ProposalState.Active);
    });

    it("keeps the deadline when quorum arrives early", async () => {
      const d = await dao();
      const id = await propose(d, d.alice, repriceProposal(d, 1n));
      const deadline = await d.governor.read.proposalDeadline([id]);
      await startVoting();

      await d.governor.write.castVote([id, Vote.For], {
        account: d.alice.account,
      });

      assert.equal(await d.governor.read.proposalDeadline([id]), deadline);
    });
  });

  describe("cancelling", () => {
    it("lets the proposer cancel before voting starts", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);
      const id = await propose(d, d.alice, call);

      await viem.assertions.emitWithArgs(
        d.governor.write.cancel(
          [call.targets, call.values, call.calldatas, call.descriptionHash],
          { account: d.alice.account },
        ),
        d.governor,
        "ProposalCanceled",
        [id],
      );
      assert.equal(await d.governor.read.state([id]), ProposalState.Canceled);
    });

    it("refuses a cancel by anyone but the proposer", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);
      const id = await propose(d, d.alice, call);

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.cancel(
          [call.targets, call.values, call.calldatas, call.descriptionHash],
          { account: d.bob.account },
        ),
        d.governor,
        "GovernorUnableToCancel",
        [id, d.bob.account.address],
      );
    });

    it("refuses the proposer's cancel once voting has started", async () => {
      const d = await dao();
      const call = repriceProposal(d, 1n);
      const id = await propose(d, d.alice, call);
      await startVoting();

      await viem.assertions.revertWithCustomErrorWithArgs(
        d.governor.write.cancel(
          [call.targets, call.values, call.calldatas, call.descriptionHash],
          { account: d.alice.account },
        ),
        d.governor,
        "GovernorUnableToCancel",
        [id, d.alice.account.address],
      );
    });
  });

  describe("settings", () => {
    it("lets no account but the treasury change a governor setting", async () => {
      const d = await dao();
      const who = { account: d.alice.account };

      for (const change of [
        () => d.governor.write.setVotingDelay([1], who),
        () => d.governor.write.setVotingPeriod([1], who),
        () => d.governor.write.setProposalThreshold([1n], who),
        () => d.governor.write.updateQuorumNumerator([50n], who),
        () => d.governor.write.setLateQuorumVoteExtension([0], who),
        () => d.governor.write.updateTimelock([d.alice.account.address], who),
        () => d.governor.write.relay([d.token.address, 0n, "0x"], who),
      ]) {
        await viem.assertions.revertWithCustomErrorWithArgs(
          change(),
          d.governor,
          "GovernorOnlyExecutor",
          [d.alice.account.address],
        );
      }
    });
  });
});
