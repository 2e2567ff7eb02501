import { describe, it } from "node:test";

import { network } from "hardhat";
import { keccak256, toHex, zeroHash } from "viem";

import { SETTINGS, deployDaoFixture } from "../helpers/dao.ts";

const PROPOSER_ROLE = keccak256(toHex("PROPOSER_ROLE"));
const CANCELLER_ROLE = keccak256(toHex("CANCELLER_ROLE"));

describe("Treasury", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const dao = () => networkHelpers.loadFixture(deployDaoFixture);

  it("refuses to schedule work for anyone but the governor (griefing the timelock)", async () => {
    const d = await dao();
    const who = d.mallory.account;

    await viem.assertions.revertWithCustomErrorWithArgs(
      d.treasury.write.schedule(
        [d.token.address, 0n, "0x", zeroHash, zeroHash, SETTINGS.timelockDelay],
        { account: who },
      ),
      d.treasury,
      "AccessControlUnauthorizedAccount",
      [who.address, PROPOSER_ROLE],
    );
  });

  it("refuses to cancel queued work for anyone but the governor", async () => {
    const d = await dao();
    const who = d.mallory.account;

    await viem.assertions.revertWithCustomErrorWithArgs(
      d.treasury.write.cancel([zeroHash], { account: who }),
      d.treasury,
      "AccessControlUnauthorizedAccount",
      [who.address, CANCELLER_ROLE],
    );
  });

  it("changes its delay only through itself", async () => {
    const d = await dao();
    const who = d.mallory.account;

    await viem.assertions.revertWithCustomErrorWithArgs(
      d.treasury.write.updateDelay([0n], { account: who }),
      d.treasury,
      "TimelockUnauthorizedCaller",
      [who.address],
    );
  });

  it("leaves the deployer no power over roles, tokens or the collection (compromised deployer)", async () => {
    const d = await dao();
    const deployer = d.deployer.account;

    await viem.assertions.revertWithCustomErrorWithArgs(
      d.treasury.write.grantRole([PROPOSER_ROLE, deployer.address], {
        account: deployer,
      }),
      d.treasury,
      "AccessControlUnauthorizedAccount",
      [deployer.address, zeroHash],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      d.token.write.mint([deployer.address, 1n], { account: deployer }),
      d.token,
      "OwnableUnauthorizedAccount",
      [deployer.address],
    );
    await viem.assertions.revertWithCustomErrorWithArgs(
      d.nft.write.setMintPrice([0n], { account: deployer }),
      d.nft,
      "OwnableUnauthorizedAccount",
      [deployer.address],
    );
  });

  it("accepts ETH", async () => {
    const d = await dao();

    await viem.assertions.balancesHaveChanged(
      d.alice.sendTransaction({ to: d.treasury.address, value: 1_000n }),
      [{ address: d.treasury.address, amount: 1_000n }],
    );
  });
});
