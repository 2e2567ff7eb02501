import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { keccak256, toHex, zeroAddress, zeroHash } from "viem";

import { BALANCES, SETTINGS, TOKEN, deployDaoFixture } from "../helpers/dao.ts";

const PROPOSER_ROLE = keccak256(toHex("PROPOSER_ROLE"));
const CANCELLER_ROLE = keccak256(toHex("CANCELLER_ROLE"));
const EXECUTOR_ROLE = keccak256(toHex("EXECUTOR_ROLE"));

describe("DAO deployment (Ignition module)", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const dao = () => networkHelpers.loadFixture(deployDaoFixture);

  describe("treasury wiring", () => {
    it("leaves the deployer without the admin role", async () => {
      const { treasury, deployer } = await dao();

      assert.equal(
        await treasury.read.hasRole([zeroHash, deployer.account.address]),
        false,
      );
      assert.equal(
        await treasury.read.hasRole([zeroHash, treasury.address]),
        true,
      );
    });

    it("makes the governor the sole proposer and canceller", async () => {
      const { treasury, governor, deployer } = await dao();

      for (const role of [PROPOSER_ROLE, CANCELLER_ROLE]) {
        assert.equal(
          await treasury.read.hasRole([role, governor.address]),
          true,
        );
        assert.equal(
          await treasury.read.hasRole([role, deployer.account.address]),
          false,
        );
      }
    });

    it("opens execution to anyone", async () => {
      const { treasury } = await dao();

      assert.equal(
        await treasury.read.hasRole([EXECUTOR_ROLE, zeroAddress]),
        true,
      );
    });

    it("uses the configured delay", async () => {
      const { treasury } = await dao();

      assert.equal(await treasury.read.getMinDelay(), SETTINGS.timelockDelay);
    });

    it("gives the treasury ownership of the token and collection", async () => {
      const { treasury, token, nft, governor } = await dao();

      assert.equal(
        (await token.read.owner()).toLowerCase(),
        treasury.address.toLowerCase(),
      );
      assert.equal(
        (await nft.read.owner()).toLowerCase(),
        treasury.address.toLowerCase(),
      );
      assert.equal(
        (await nft.read.treasury()).toLowerCase(),
        treasury.address.toLowerCase(),
      );
      assert.equal(
        (await governor.read.timelock()).toLowerCase(),
        treasury.address.toLowerCase(),
      );
      assert.equal(
        (await governor.read.token()).toLowerCase(),
        token.address.toLowerCase(),
      );
    });
  });

  describe("parameters", () => {
    it("applies the governor settings", async () => {
      const { governor } = await dao();

      assert.equal(await governor.read.votingDelay(), SETTINGS.votingDelay);
      assert.equal(await governor.read.votingPeriod(), SETTINGS.votingPeriod);
      assert.equal(
        await governor.read.proposalThreshold(),
        SETTINGS.proposalThreshold,
      );
      assert.equal(
        await governor.read.quorumNumerator(),
        SETTINGS.quorumPercent,
      );
      assert.equal(
        BigInt(await governor.read.lateQuorumVoteExtension()),
        SETTINGS.lateQuorumExtension,
      );
      assert.equal(await governor.read.CLOCK_MODE(), "mode=timestamp");
    });

    it("distributes the initial supply", async () => {
      const { token, treasury, alice, mallory } = await dao();

      assert.equal(
        await token.read.balanceOf([treasury.address]),
        SETTINGS.treasuryAllocation,
      );
      assert.equal(
        await token.read.balanceOf([alice.account.address]),
        BALANCES.alice,
      );
      assert.equal(
        await token.read.balanceOf([mallory.account.address]),
        BALANCES.mallory,
      );
      assert.equal(await token.read.cap(), SETTINGS.tokenCap);
      assert.equal(await token.read.CLOCK_MODE(), "mode=timestamp");
    });

    it("applies the collection settings", async () => {
      const { nft, treasury } = await dao();

      assert.equal(await nft.read.mintPrice(), SETTINGS.mintPrice);
      assert.equal(await nft.read.maxSupply(), SETTINGS.maxSupply);
      assert.equal(await nft.read.maxPerTx(), SETTINGS.maxPerTx);
      assert.equal(await nft.read.mintPaused(), false);
      const [receiver, royalty] = await nft.read.royaltyInfo([1n, 10_000n]);
      assert.equal(receiver.toLowerCase(), treasury.address.toLowerCase());
      assert.equal(royalty, SETTINGS.royaltyBps);
    });
  });

  describe("constructor checks", () => {
    it("rejects a token with a zero cap", async () => {
      const { treasury, token } = await dao();

      await viem.assertions.revertWithCustomError(
        viem.deployContract("GovernanceToken", [
          "T",
          "T",
          treasury.address,
          0n,
          0n,
          [],
          [],
        ]),
        token,
        "GovernanceTokenZeroCap",
      );
    });

    it("deploys a token with no treasury allocation", async () => {
      const { treasury, alice } = await dao();

      const token = await viem.deployContract("GovernanceToken", [
        "T",
        "T",
        treasury.address,
        TOKEN,
        0n,
        [alice.account.address],
        [TOKEN],
      ]);

      assert.equal(await token.read.balanceOf([treasury.address]), 0n);
      assert.equal(await token.read.totalSupply(), TOKEN);
    });

    it("rejects an allocation with mismatched lengths", async () => {
      const { treasury, token, alice } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        viem.deployContract("GovernanceToken", [
          "T",
          "T",
          treasury.address,
          TOKEN,
          0n,
          [alice.account.address],
          [],
        ]),
        token,
        "GovernanceTokenAllocationMismatch",
        [1n, 0n],
      );
    });

    it("rejects an initial allocation above the cap", async () => {
      const { treasury, token, alice } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        viem.deployContract("GovernanceToken", [
          "T",
          "T",
          treasury.address,
          100n,
          60n,
          [alice.account.address],
          [41n],
        ]),
        token,
        "GovernanceTokenCapExceeded",
        [101n, 100n],
      );
    });

    it("rejects a collection with a zero limit or a per-call limit above its supply", async () => {
      const { treasury, nft } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        viem.deployContract("CommunityNFT", [
          "N",
          "N",
          treasury.address,
          0n,
          5n,
          6n,
          0n,
        ]),
        nft,
        "CommunityNFTInvalidConfig",
        [5n, 6n],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        viem.deployContract("CommunityNFT", [
          "N",
          "N",
          treasury.address,
          0n,
          5n,
          0n,
          0n,
        ]),
        nft,
        "CommunityNFTInvalidConfig",
        [5n, 0n],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        viem.deployContract("CommunityNFT", [
          "N",
          "N",
          treasury.address,
          0n,
          0n,
          0n,
          0n,
        ]),
        nft,
        "CommunityNFTInvalidConfig",
        [0n, 0n],
      );
    });

    it("rejects a governor with a zero proposal threshold", async () => {
      const { treasury, token, governor } = await dao();

      await viem.assertions.revertWithCustomError(
        viem.deployContract("DAOGovernor", [
          token.address,
          treasury.address,
          60,
          600,
          0n,
          4n,
          120,
        ]),
        governor,
        "DAOGovernorZeroProposalThreshold",
      );
    });
  });
});
