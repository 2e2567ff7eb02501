import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { getAddress, parseEther } from "viem";

import { communityNftAbi } from "../generated/abis.ts";
import {
  checkMintQuantity,
  readCollection,
  readToken,
  readTokens,
} from "./nfts.ts";
import { createLocalDao, type LocalDao } from "./testing/local-dao.ts";

describe("NFT reads", () => {
  let dao: LocalDao;

  before(async () => {
    dao = await createLocalDao();
    const { alice, bob } = dao.wallets;
    for (const [wallet, quantity] of [
      [alice, 3n],
      [bob, 2n],
    ] as const) {
      await dao.wait(
        wallet.writeContract({
          address: dao.deployment.contracts.CommunityNFT.address,
          abi: communityNftAbi,
          functionName: "mint",
          args: [quantity],
          value: parseEther("0.01") * quantity,
        }),
      );
    }
  });

  it("default: reads the sale parameters and supply", async () => {
    const info = await readCollection(dao.client, dao.deployment);

    assert.equal(info.mintPrice, parseEther("0.01"));
    assert.equal(info.maxPerTx, 20n);
    assert.equal(info.totalSupply, 5n);
    assert.equal(info.mintPaused, false);
  });

  it("behavior: reads every owner and URI in one eth_call", async () => {
    dao.requests.clear();

    const tokens = await readTokens(dao.client, dao.deployment, 5n);

    assert.equal(dao.requests.get("eth_call"), 1);
    const alice = getAddress(dao.wallets.alice.account.address);
    const bob = getAddress(dao.wallets.bob.account.address);
    assert.deepEqual(
      tokens.map((t) => [t.id, t.owner]),
      [
        [1n, alice],
        [2n, alice],
        [3n, alice],
        [4n, bob],
        [5n, bob],
      ],
    );
    assert.ok(tokens.every((t) => t.uri?.startsWith("data:application/json")));
  });

  it("behavior: a token that does not exist reads as null", async () => {
    assert.equal(await readToken(dao.client, dao.deployment, 99n), null);
    assert.equal((await readToken(dao.client, dao.deployment, 4n))?.id, 4n);
  });
});

describe("checkMintQuantity", () => {
  const info = {
    maxPerTx: 20n,
    mintPrice: parseEther("0.01"),
    maxSupply: 100n,
    totalSupply: 97n,
  };

  it("default: prices a valid quantity", () => {
    assert.deepEqual(checkMintQuantity(" 2 ", info), {
      ok: true,
      quantity: 2n,
      total: parseEther("0.02"),
    });
  });

  it("error: says what is wrong with bad quantities", () => {
    const message = (raw: string, overrides = {}) => {
      const check = checkMintQuantity(raw, { ...info, ...overrides });
      return check.ok ? "ok" : check.message;
    };
    assert.equal(message(""), "Enter how many to mint.");
    assert.equal(message("1.5"), "Enter a whole number, like 1 or 3.");
    assert.equal(message("-1"), "Enter a whole number, like 1 or 3.");
    assert.equal(message("0"), "Mint at least 1.");
    assert.equal(
      message("21", { totalSupply: 0n }),
      "At most 20 per transaction.",
    );
    assert.equal(message("4"), "Only 3 left to mint.");
    assert.equal(
      message("1", { totalSupply: 100n }),
      "The collection is sold out.",
    );
  });
});
