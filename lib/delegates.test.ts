import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { getAddress } from "viem";

import { daoGovernorAbi } from "../generated/abis.ts";
import { historyOf, readDelegates } from "./delegates.ts";
import { createLocalDao, type LocalDao, tokens } from "./testing/local-dao.ts";

describe("readDelegates", () => {
  let dao: LocalDao;
  let alice: `0x${string}`;
  let bob: `0x${string}`;
  let carol: `0x${string}`;

  before(async () => {
    dao = await createLocalDao();
    alice = getAddress(dao.wallets.alice.account.address);
    bob = getAddress(dao.wallets.bob.account.address);
    carol = getAddress(dao.wallets.carol.account.address);
    // carol delegates to bob, then changes her mind to alice
    await dao.delegate(dao.wallets.carol, bob);
    await dao.delegate(dao.wallets.carol, alice);
    // alice proposes, bob votes
    const { DAOGovernor, Treasury } = dao.deployment.contracts;
    const { request, result: proposalId } = await dao.client.simulateContract({
      account: dao.wallets.alice.account,
      address: DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName: "propose",
      args: [[Treasury.address], [0n], ["0x"], "# Say hello"],
    });
    await dao.wait(dao.wallets.alice.writeContract(request));
    await dao.increaseTime(61);
    await dao.wait(
      dao.wallets.bob.writeContract({
        address: DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "castVote",
        args: [proposalId, 1],
      }),
    );
  });

  it("default: ranks delegates by voting power with delegators and votes", async () => {
    const { delegates } = await readDelegates(dao.client, dao.deployment);

    assert.deepEqual(delegates, [
      { address: alice, votes: tokens(105_000n), delegators: 2, votesCast: 0 },
      { address: bob, votes: tokens(40_000n), delegators: 1, votesCast: 1 },
    ]);
  });

  it("behavior: gets all logs with one request per contract", async () => {
    dao.requests.clear();

    await readDelegates(dao.client, dao.deployment);

    assert.equal(dao.requests.get("eth_getLogs"), 2);
  });

  it("behavior: lists one account's delegation changes newest first", async () => {
    const { changes } = await readDelegates(dao.client, dao.deployment);

    const history = historyOf(changes, carol);

    assert.deepEqual(
      history.map((c) => [c.from, c.to]),
      [
        [bob, alice],
        ["0x0000000000000000000000000000000000000000", bob],
      ],
    );
  });
});
