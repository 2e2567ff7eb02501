import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import {
  LimitExceededRpcError,
  createPublicClient,
  custom,
  getAddress,
} from "viem";

import { daoGovernorAbi } from "../../generated/abis.ts";
import {
  ProposalNotFoundError,
  fetchProposalDetail,
  fetchVoterStatus,
} from "./fetch-proposal-detail.ts";
import {
  PROPOSALS_PER_CALL,
  STATES_PER_CALL,
  fetchProposalIndex,
  fetchProposalReads,
  fetchProposals,
} from "./fetch-proposals.ts";
import { fetchVoters } from "./fetch-voters.ts";
import { fetchGovernorLogs } from "./governor-logs.ts";
import { proposalId } from "./find-duplicate.ts";
import { proposalStateName } from "./proposal.ts";
import { queryProposals } from "./query-proposals.ts";
import { type TestDao, createTestDao, seedScenario } from "./test-dao.ts";

describe("fetchProposals", () => {
  let dao: TestDao;
  let scenario: Awaited<ReturnType<typeof seedScenario>>;

  before(async () => {
    dao = await createTestDao();
    scenario = await seedScenario(dao);
  });

  it("lists every proposal newest first with the governor's own state", async () => {
    const proposals = await fetchProposals(dao.client, dao.deployment);

    assert.deepEqual(
      proposals.map((p) => p.title),
      [
        "Pending pricing idea",
        "Active vote on pricing",
        "Withdrawn idea",
        "Set the price to 0.02 ETH",
        "Make badges free",
        "Raise the badge price a lot",
        "Lower the badge price",
      ],
    );
    for (const proposal of proposals) {
      const onChain = await dao.client.readContract({
        address: dao.deployment.contracts.DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "state",
        args: [proposal.id],
      });
      assert.equal(proposal.state, proposalStateName(onChain), proposal.title);
    }
  });

  it("reads tallies, deadlines, eta and quorum from the chain", async () => {
    const proposals = await fetchProposals(dao.client, dao.deployment);
    const byTitle = new Map(proposals.map((p) => [p.title, p]));
    const governor = {
      address: dao.deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
    } as const;

    const defeated = byTitle.get("Raise the badge price a lot")!;
    assert.equal(defeated.state, "Defeated");
    assert.equal(defeated.tally.against, 100_000n * 10n ** 18n);
    assert.equal(defeated.tally.for, 60_000n * 10n ** 18n);
    assert.equal(defeated.tally.abstain, 0n);

    const queued = byTitle.get("Set the price to 0.02 ETH")!;
    assert.equal(queued.state, "Queued");
    assert.equal(
      queued.eta,
      await dao.client.readContract({
        ...governor,
        functionName: "proposalEta",
        args: [queued.id],
      }),
    );
    assert.equal(
      queued.quorum,
      await dao.client.readContract({
        ...governor,
        functionName: "quorum",
        args: [queued.voteStart],
      }),
    );
    // 4 % of 1,180,500 tokens.
    assert.equal(queued.quorum, 47_220n * 10n ** 18n);

    const executed = byTitle.get("Lower the badge price")!;
    // Quorum was reached while voting, so the deadline may have moved.
    assert.equal(
      executed.voteEnd,
      await dao.client.readContract({
        ...governor,
        functionName: "proposalDeadline",
        args: [executed.id],
      }),
    );
    assert.ok(byTitle.get("Pending pricing idea")!.quorum > 0n);
  });

  it("indexes every proposal's title and state without reading its votes", async () => {
    const [index, proposals] = await Promise.all([
      fetchProposalIndex(dao.client, dao.deployment),
      fetchProposals(dao.client, dao.deployment),
    ]);

    assert.deepEqual(
      index.map(({ id, title, state }) => ({ id, title, state })),
      proposals.map(({ id, title, state }) => ({ id, title, state })),
    );
    assert.equal("tally" in index[0], false);
    const page = await fetchProposalReads(
      dao.client,
      dao.deployment,
      index.slice(2, 4),
    );
    assert.deepEqual(page, proposals.slice(2, 4));
  });

  it("needs the same few requests for 7 proposals as for 1", async () => {
    const counting = dao.countingClient();
    const proposals = await fetchProposals(counting.client, dao.deployment);

    assert.equal(proposals.length, 7);
    // block number, one log range, one multicall, one quorum for Pending.
    assert.ok(counting.count() <= 4, `made ${counting.count()} requests`);
  });

  it("splits the log range only when the node refuses it", async () => {
    const ranges: string[] = [];
    const limited = createPublicClient({
      transport: custom({
        async request(call: { method: string; params?: unknown }) {
          if (call.method === "eth_getLogs") {
            const [{ fromBlock, toBlock }] = call.params as [
              { fromBlock: string; toBlock: string },
            ];
            ranges.push(`${BigInt(fromBlock)}-${BigInt(toBlock)}`);
            if (BigInt(toBlock) - BigInt(fromBlock) > 8n) {
              throw new LimitExceededRpcError(
                new Error("block range too large"),
              );
            }
          }
          return dao.connection.provider.request(
            call as never,
          ) as Promise<unknown>;
        },
      }),
    });

    const split = await fetchGovernorLogs(limited, dao.deployment);
    const whole = await fetchGovernorLogs(dao.client, dao.deployment);

    assert.ok(ranges.length > 1);
    assert.deepEqual(
      split.map((log) => log.transactionHash + log.logIndex),
      whole.map((log) => log.transactionHash + log.logIndex),
    );
  });

  it("filters by state, searches titles and paginates", async () => {
    const proposals = await fetchProposals(dao.client, dao.deployment);

    assert.deepEqual(
      queryProposals(proposals, { state: "Queued" }).items.map((p) => p.title),
      ["Set the price to 0.02 ETH"],
    );
    assert.deepEqual(
      queryProposals(proposals, { search: "PRICE badge" }).items.map(
        (p) => p.title,
      ),
      ["Raise the badge price a lot", "Lower the badge price"],
    );
    const page = queryProposals(proposals, { page: 3, pageSize: 3 });
    assert.deepEqual(
      {
        page: page.page,
        count: page.pageCount,
        total: page.total,
        n: page.items.length,
      },
      { page: 3, count: 3, total: 7, n: 1 },
    );
    assert.equal(queryProposals(proposals, { page: 99, pageSize: 3 }).page, 3);
    assert.equal(
      queryProposals(proposals, { search: "nothing like this" }).total,
      0,
    );
  });

  it("lists voters with choice, weight and reason", async () => {
    const voters = await fetchVoters(
      dao.client,
      dao.deployment,
      scenario.id(scenario.defeated),
    );

    assert.deepEqual(
      voters.map(({ voter, choice, weight, reason }) => ({
        voter,
        choice,
        weight,
        reason,
      })),
      [
        {
          voter: getAddress(dao.alice.account.address),
          choice: "Against",
          weight: 100_000n * 10n ** 18n,
          reason: "Far too expensive",
        },
        {
          voter: getAddress(dao.bob.account.address),
          choice: "For",
          weight: 60_000n * 10n ** 18n,
          reason: "",
        },
      ],
    );
  });

  it("details one proposal with lifecycle times in chain order", async () => {
    const id = scenario.id(scenario.executed);
    const { proposal, votes, times } = await fetchProposalDetail(
      dao.client,
      dao.deployment,
      id,
    );

    assert.equal(proposal.state, "Executed");
    assert.equal(votes.length, 2);
    assert.ok(times.created < proposal.voteStart);
    assert.ok(proposal.voteEnd < times.queued!);
    assert.ok(times.queued! < proposal.eta && proposal.eta <= times.executed!);
    assert.equal(times.canceled, undefined);
    assert.ok(proposal.executedBlock! > proposal.queuedBlock!);
    const canceled = await fetchProposalDetail(
      dao.client,
      dao.deployment,
      scenario.id(scenario.canceled),
    );
    assert.equal(canceled.proposal.state, "Canceled");
    assert.ok(canceled.times.canceled! >= canceled.times.created);
    await assert.rejects(
      fetchProposalDetail(dao.client, dao.deployment, 12345n),
      ProposalNotFoundError,
    );
  });

  it("tells an account whether it voted and with what weight", async () => {
    const proposals = await fetchProposals(dao.client, dao.deployment);
    const defeated = proposals.find((p) => p.state === "Defeated")!;
    const pending = proposals.find((p) => p.state === "Pending")!;
    const voted = await fetchVoterStatus(
      dao.client,
      dao.deployment,
      defeated,
      dao.alice.account.address,
    );
    const early = await fetchVoterStatus(
      dao.client,
      dao.deployment,
      pending,
      dao.bob.account.address,
    );

    assert.equal(voted.hasVoted, true);
    assert.equal(voted.provisional, false);
    assert.equal(voted.weight, 100_000n * 10n ** 18n);
    assert.deepEqual(early, {
      hasVoted: false,
      weight: 60_000n * 10n ** 18n,
      provisional: true,
    });
  });
});

describe("fetchProposals with many proposals", () => {
  // 120 proposals take 600 reads: one deployless multicall of them all would
  // pass the node's 48 KiB init code and 24 KiB result limits.
  const COUNT = 120;
  let dao: TestDao;

  before(async () => {
    dao = await createTestDao();
    const action = {
      target: dao.deployment.contracts.CommunityNFT.address,
      value: 0n,
      calldata: "0x" as const,
    };
    for (let i = 1; i <= COUNT; i++) {
      await dao.propose(dao.alice, [action], `# Proposal ${i}\n\nNumber ${i}.`);
    }
  });

  it(`lists all ${COUNT} in chunks the node accepts`, async () => {
    const proposals = await fetchProposals(dao.client, dao.deployment);
    assert.equal(proposals.length, COUNT);
    assert.equal(proposals[0].title, `Proposal ${COUNT}`);
    assert.equal(proposals.at(-1)!.title, "Proposal 1");
    for (const proposal of proposals) {
      const state = await dao.client.readContract({
        address: dao.deployment.contracts.DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "state",
        args: [proposal.id],
      });
      assert.equal(proposal.state, proposalStateName(state), proposal.title);
    }
  });

  it("indexes all of them in as many requests as a handful", async () => {
    const counting = dao.countingClient();
    const index = await fetchProposalIndex(counting.client, dao.deployment);

    assert.equal(index.length, COUNT);
    const full = await fetchProposals(dao.client, dao.deployment);
    assert.deepEqual(
      index.map((proposal) => proposal.state),
      full.map((proposal) => proposal.state),
    );
    // block number, one log range, and the state multicalls, which this
    // transport sends one by one (the app's batches them into one request).
    const stateCalls = Math.ceil(COUNT / STATES_PER_CALL);
    assert.equal(counting.count(), 2 + stateCalls);
  });

  it("sends one multicall per chunk of proposals, no more", async () => {
    const counting = dao.countingClient();
    await fetchProposals(counting.client, dao.deployment);
    // block number, logs, the multicalls and the quorum for Pending ones. This
    // transport does not batch; the app's HTTP transport sends the chunks,
    // made together, as one request.
    const chunks = Math.ceil(COUNT / PROPOSALS_PER_CALL);
    assert.ok(
      counting.count() <= 3 + chunks,
      `made ${counting.count()} requests`,
    );
  });
});

describe("reads after a new block", () => {
  let dao: TestDao;

  before(async () => {
    dao = await createTestDao();
  });

  it("behavior: sees a new block even with the block number cached", async () => {
    const actions = [
      {
        target: dao.deployment.contracts.CommunityNFT.address,
        value: 0n,
        calldata: "0x" as const,
      },
    ];
    const description = "# Opens soon\n\nVoting starts after the delay.";
    await dao.propose(dao.alice, actions, description);
    const id = proposalId(actions, description);
    // The app's client: a block number it read stays cached for a while.
    const app = createPublicClient({
      transport: custom(dao.connection.provider),
      cacheTime: 60_000,
    });
    const before = await app.getBlockNumber();
    assert.equal(
      (await fetchProposalDetail(app, dao.deployment, id)).proposal.state,
      "Pending",
    );

    await dao.advance(61);

    assert.ok((await dao.client.getBlockNumber()) > before);
    const [detail, list] = await Promise.all([
      fetchProposalDetail(app, dao.deployment, id),
      fetchProposals(app, dao.deployment),
    ]);
    assert.equal(detail.proposal.state, "Active");
    assert.equal(list.find((p) => p.id === id)?.state, "Active");
  });
});
