import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import { parseSignature, zeroAddress } from "viem";

import {
  BALANCES,
  SETTINGS,
  TOKEN,
  deployDaoFixture,
  impersonate,
} from "../helpers/dao.ts";

describe("GovernanceToken", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const dao = () => networkHelpers.loadFixture(deployDaoFixture);

  describe("minting", () => {
    it("lets the treasury mint, emitting Minted and Transfer", async () => {
      const { token, treasury, carol } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);
      const to = carol.account.address;

      const tx = token.write.mint([to, 5n * TOKEN], asTreasury);
      await viem.assertions.emitWithArgs(tx, token, "Minted", [to, 5n * TOKEN]);
      await viem.assertions.emitWithArgs(tx, token, "Transfer", [
        zeroAddress,
        to,
        5n * TOKEN,
      ]);

      assert.equal(
        await token.read.balanceOf([to]),
        BALANCES.carol + 5n * TOKEN,
      );
    });

    it("refuses a mint by anyone but the treasury", async () => {
      const { token, mallory, deployer } = await dao();

      for (const wallet of [mallory, deployer]) {
        await viem.assertions.revertWithCustomErrorWithArgs(
          token.write.mint([wallet.account.address, 1n], {
            account: wallet.account,
          }),
          token,
          "OwnableUnauthorizedAccount",
          [wallet.account.address],
        );
      }
    });

    it("mints up to the cap exactly and not one unit more", async () => {
      const { token, treasury, carol } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);
      const room = SETTINGS.tokenCap - (await token.read.totalSupply());

      await token.write.mint([carol.account.address, room], asTreasury);

      assert.equal(await token.read.totalSupply(), SETTINGS.tokenCap);
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.mint([carol.account.address, 1n], asTreasury),
        token,
        "GovernanceTokenCapExceeded",
        [SETTINGS.tokenCap + 1n, SETTINGS.tokenCap],
      );
    });

    it("refuses a single mint past the cap, naming the resulting supply", async () => {
      const { token, treasury, carol } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);
      const supply = await token.read.totalSupply();

      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.mint(
          [carol.account.address, SETTINGS.tokenCap],
          asTreasury,
        ),
        token,
        "GovernanceTokenCapExceeded",
        [supply + SETTINGS.tokenCap, SETTINGS.tokenCap],
      );
    });
  });

  describe("ownership", () => {
    it("lets nobody but the treasury transfer or renounce ownership", async () => {
      const { token, mallory } = await dao();
      const who = { account: mallory.account };

      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.transferOwnership([mallory.account.address], who),
        token,
        "OwnableUnauthorizedAccount",
        [mallory.account.address],
      );
      await viem.assertions.revertWithCustomErrorWithArgs(
        token.write.renounceOwnership(who),
        token,
        "OwnableUnauthorizedAccount",
        [mallory.account.address],
      );
    });
  });

  describe("voting power", () => {
    it("counts no votes until the holder delegates", async () => {
      const { token, alice } = await dao();

      assert.equal(await token.read.getVotes([alice.account.address]), 0n);

      await viem.assertions.emitWithArgs(
        token.write.delegate([alice.account.address], {
          account: alice.account,
        }),
        token,
        "DelegateChanged",
        [alice.account.address, zeroAddress, alice.account.address],
      );
      assert.equal(
        await token.read.getVotes([alice.account.address]),
        BALANCES.alice,
      );
    });

    it("moves votes with transfers between delegates", async () => {
      const { token, alice, bob } = await dao();
      await token.write.delegate([alice.account.address], {
        account: alice.account,
      });
      await token.write.delegate([bob.account.address], {
        account: bob.account,
      });

      await viem.assertions.emitWithArgs(
        token.write.transfer([bob.account.address, 10n * TOKEN], {
          account: alice.account,
        }),
        token,
        "DelegateVotesChanged",
        [alice.account.address, BALANCES.alice, BALANCES.alice - 10n * TOKEN],
      );
      assert.equal(
        await token.read.getVotes([bob.account.address]),
        BALANCES.bob + 10n * TOKEN,
      );
    });

    it("checkpoints votes by timestamp, on the ERC-6372 clock", async () => {
      const { token, alice, publicClient } = await dao();
      await token.write.delegate([alice.account.address], {
        account: alice.account,
      });
      const { timestamp } = await publicClient.getBlock();
      await networkHelpers.time.increase(10);

      assert.equal(
        BigInt(await token.read.clock()),
        BigInt(await networkHelpers.time.latest()),
      );
      assert.equal(
        await token.read.getPastVotes([alice.account.address, timestamp - 1n]),
        0n,
      );
      assert.equal(
        await token.read.getPastVotes([alice.account.address, timestamp]),
        BALANCES.alice,
      );
    });

    it("rejects a look-up of votes at the present or the future", async () => {
      const { token, alice } = await dao();
      const now = BigInt(await networkHelpers.time.latest());

      await viem.assertions.revertWithCustomErrorWithArgs(
        token.read.getPastVotes([alice.account.address, now + 5n]),
        token,
        "ERC5805FutureLookup",
        [now + 5n, Number(now)],
      );
    });
  });

  describe("permit (ERC-2612)", () => {
    it("sets an allowance from a signature and bumps the nonce", async () => {
      const { token, alice, bob, publicClient } = await dao();
      const deadline = BigInt(await networkHelpers.time.latest()) + 3_600n;
      const message = {
        owner: alice.account.address,
        spender: bob.account.address,
        value: 7n * TOKEN,
        nonce: await token.read.nonces([alice.account.address]),
        deadline,
      };
      const signature = await alice.signTypedData({
        domain: {
          name: "Commons",
          version: "1",
          chainId: await publicClient.getChainId(),
          verifyingContract: token.address,
        },
        types: {
          Permit: [
            { name: "owner", type: "address" },
            { name: "spender", type: "address" },
            { name: "value", type: "uint256" },
            { name: "nonce", type: "uint256" },
            { name: "deadline", type: "uint256" },
          ],
        },
        primaryType: "Permit",
        message,
      });
      const { v, r, s } = parseSignature(signature);

      await token.write.permit(
        [
          message.owner,
          message.spender,
          message.value,
          deadline,
          Number(v),
          r,
          s,
        ],
        { account: bob.account },
      );

      assert.equal(
        await token.read.allowance([message.owner, message.spender]),
        7n * TOKEN,
      );
      assert.equal(await token.read.nonces([alice.account.address]), 1n);
    });
  });
});
