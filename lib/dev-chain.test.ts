import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { parseEther } from "viem";

import {
  advanceTime,
  fundAccount,
  mineBlock,
  readDaoDelays,
} from "./dev-chain.ts";
import { createLocalDao, type LocalDao } from "./testing/local-dao.ts";

describe("dev chain tools", () => {
  let dao: LocalDao;

  before(async () => {
    dao = await createLocalDao();
  });

  it("default: reads the DAO's voting delay, period and timelock delay", async () => {
    assert.deepEqual(await readDaoDelays(dao.client, dao.deployment), {
      votingDelay: 60,
      votingPeriod: 600,
      timelockDelay: 60,
    });
  });

  it("behavior: advancing time mines a block at least that much later", async () => {
    const before = await dao.client.getBlock();

    const timestamp = await advanceTime(dao.client, 3_600);

    assert.ok(timestamp >= before.timestamp + 3_600n);
    assert.equal(
      await dao.client.getBlockNumber({ cacheTime: 0 }),
      before.number + 1n,
    );
  });

  it("behavior: mines one block", async () => {
    const before = await dao.client.getBlockNumber({ cacheTime: 0 });

    await mineBlock(dao.client);

    assert.equal(
      await dao.client.getBlockNumber({ cacheTime: 0 }),
      before + 1n,
    );
  });

  it("behavior: adds 10 test ETH to an account", async () => {
    const address = dao.wallets.outsider.account.address;
    const before = await dao.client.getBalance({ address });

    await fundAccount(dao.client, address);

    assert.equal(
      await dao.client.getBalance({ address }),
      before + parseEther("10"),
    );
  });
});
