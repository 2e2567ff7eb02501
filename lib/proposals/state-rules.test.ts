import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { type Address, keccak256, toBytes } from "viem";

import { daoGovernorAbi } from "../../generated/abis.ts";
import { fetchProposals } from "./fetch-proposals.ts";
import type { Proposal } from "./proposal.ts";
import {
  formatSpan,
  permissionsNow,
  projectState,
  proposalPermissions,
} from "./state-rules.ts";
import { type TestDao, createTestDao, seedScenario } from "./test-dao.ts";

/** Whether the governor would accept `functionName` from `account` now. */
async function governorAccepts(
  dao: TestDao,
  proposal: Proposal,
  functionName: "queue" | "execute" | "cancel" | "castVote",
  account: Address,
): Promise<boolean> {
  const { actions, description } = proposal;
  const args =
    functionName === "castVote"
      ? ([proposal.id, 1] as const)
      : ([
          actions.map((a) => a.target),
          actions.map((a) => a.value),
          actions.map((a) => a.calldata),
          keccak256(toBytes(description)),
        ] as const);
  try {
    await dao.client.simulateContract({
      address: dao.deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName,
      args: args as never,
      account,
    });
    return true;
  } catch {
    return false;
  }
}

describe("proposalPermissions", () => {
  let dao: TestDao;
  let proposals: Proposal[];
  let now: bigint;

  before(async () => {
    dao = await createTestDao();
    await seedScenario(dao);
    proposals = await fetchProposals(dao.client, dao.deployment);
    now = await dao.now();
  });

  it("allows exactly what the governor accepts, for every state", async () => {
    const carol = dao.carol.account.address;
    for (const proposal of proposals) {
      const proposer = proposal.proposer;
      const rules = proposalPermissions(proposal, now, proposer);
      const checks = [
        ["queue", rules.queue, proposer],
        ["execute", rules.execute, proposer],
        ["cancel", rules.cancel, proposer],
        ["castVote", rules.vote, carol],
      ] as const;
      for (const [name, permission, account] of checks) {
        assert.equal(
          permission.allowed,
          await governorAccepts(dao, proposal, name, account),
          `${name} on the ${proposal.state} proposal "${proposal.title}"`,
        );
      }
    }
  });

  it("lets only the proposer cancel, and says so", async () => {
    const pending = proposals.find((p) => p.state === "Pending")!;
    const other = proposalPermissions(pending, now, dao.carol.account.address);

    assert.deepEqual(other.cancel, {
      allowed: false,
      reason: "Only the proposer can cancel a proposal.",
    });
    assert.equal(
      await governorAccepts(dao, pending, "cancel", dao.carol.account.address),
      false,
    );
    assert.match(
      proposalPermissions(pending, now).cancel.allowed ? "" : "Connect",
      /Connect/,
    );
  });

  it("explains a defeat and a running timelock in words", () => {
    const defeated = proposals.find((p) => p.state === "Defeated")!;
    const queued = proposals.find((p) => p.state === "Queued")!;

    assert.deepEqual(proposalPermissions(defeated, now).queue, {
      allowed: false,
      reason:
        "The proposal was defeated. It did not get more For than Against votes.",
    });
    const early = proposalPermissions(queued, queued.eta - 45n).execute;
    assert.deepEqual(early, {
      allowed: false,
      reason: "The timelock delay ends in 45 s.",
    });
    assert.equal(proposalPermissions(queued, queued.eta).execute.allowed, true);
    const idle = proposalPermissions(
      queued,
      queued.eta - 45n,
      undefined,
      queued.eta + 3n,
    );
    assert.deepEqual(idle.execute, {
      allowed: false,
      reason: "The timelock delay ends with the next block.",
    });
  });

  it("projects Pending → Active → Succeeded as the governor does", async () => {
    const pending = proposals.find((p) => p.state === "Pending")!;
    const read = async () =>
      dao.client.readContract({
        address: dao.deployment.contracts.DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "state",
        args: [pending.id],
      });
    const stateNames = [
      "Pending",
      "Active",
      "Canceled",
      "Defeated",
      "Succeeded",
    ];

    for (const step of [1, 60, 300, 400]) {
      await dao.advance(step);
      const at = await dao.now();
      assert.equal(
        projectState(pending, at),
        stateNames[await read()],
        `after +${step} s`,
      );
    }
  });

  it("refuses what the next block would refuse on an idle chain", () => {
    const pending = proposals.find((p) => p.state === "Pending")!;
    const proposer = pending.proposer;
    const atStart = pending.voteStart;

    assert.equal(
      permissionsNow(pending, atStart - 5n, atStart - 5n, proposer).cancel
        .allowed,
      true,
    );
    assert.deepEqual(
      permissionsNow(pending, atStart - 5n, atStart + 1n, proposer).cancel,
      {
        allowed: false,
        reason: "Only a proposal whose vote has not started can be canceled.",
      },
    );
    assert.deepEqual(
      permissionsNow(pending, atStart - 5n, atStart + 1n, proposer).vote,
      {
        allowed: false,
        reason: "Voting opens with the next block.",
      },
    );
  });

  it("formats spans of chain seconds", () => {
    assert.equal(formatSpan(125n), "in 2 min 5 s");
    assert.equal(formatSpan(-3_600n), "1 h ago");
    assert.equal(formatSpan(0n), "in 0 s");
  });
});
