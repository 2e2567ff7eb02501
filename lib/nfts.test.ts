import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import { getAddress, parseEther } from "viem";

import { communityNftAbi } from "../generated/abis.ts";
import {
  checkMintQuantity,
  galleryPage,
  readCollection,
  readToken,
  readTokens,
  readTokensOf,
  URIS_PER_CALL,
} from "./nfts.ts";
import { createLocalDao, type LocalDao } from "./testing/local-dao.ts";

describe("NFT reads", () => {
  let dao: LocalDao;

  before(async () => {
    dao = await createLocalDao();
    const { alice, bob } = dao.wallets;
    for (const [wallet, quantity] of [
      [alice, 20n],
      [bob, 12n],
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
    assert.equal(info.totalSupply, 32n);
    assert.equal(info.mintPaused, false);
  });

  it("behavior: reads 32 owners and URIs in 1 + 7 eth_calls", async () => {
    dao.requests.clear();

    const tokens = await readTokens(dao.client, dao.deployment, 32n);

    // One call for all owners, one per URIS_PER_CALL URIs: the results of a
    // deployless multicall must stay under the 24 KiB code size limit.
    assert.equal(
      dao.requests.get("eth_call"),
      1 + Math.ceil(32 / URIS_PER_CALL),
    );
    const alice = getAddress(dao.wallets.alice.account.address);
    const bob = getAddress(dao.wallets.bob.account.address);
    assert.equal(tokens.length, 32);
    assert.deepEqual(tokens[0], { ...tokens[0], id: 1n, owner: alice });
    assert.deepEqual(tokens[31], { ...tokens[31], id: 32n, owner: bob });
    assert.ok(tokens.every((t) => t.uri?.startsWith("data:application/json")));
  });

  it("behavior: reads one holder's tokens with the URIs of those only", async () => {
    const bob = getAddress(dao.wallets.bob.account.address);
    const all = await readTokens(dao.client, dao.deployment, 32n);
    dao.requests.clear();

    const mine = await readTokensOf(dao.client, dao.deployment, 32n, bob);

    assert.deepEqual(
      mine,
      all.filter((token) => token.owner === bob),
    );
    assert.equal(mine.length, 12);
    // One call for all owners, then Bob's 12 URIs only.
    assert.equal(
      dao.requests.get("eth_call"),
      1 + Math.ceil(12 / URIS_PER_CALL),
    );
    const nobody = getAddress(dao.wallets.carol.account.address);
    assert.deepEqual(
      await readTokensOf(dao.client, dao.deployment, 32n, nobody),
      [],
    );
  });

  it("behavior: a token that does not exist reads as null", async () => {
    assert.equal(await readToken(dao.client, dao.deployment, 99n), null);
    assert.equal((await readToken(dao.client, dao.deployment, 4n))?.id, 4n);
  });
});

describe("galleryPage", () => {
  it("default: shows the newest tokens first", () => {
    assert.deepEqual(galleryPage(5n, 1, 24), {
      ids: [5n, 4n, 3n, 2n, 1n],
      page: 1,
      pageCount: 1,
    });
  });

  it("behavior: the last page holds the oldest remainder", () => {
    assert.deepEqual(galleryPage(50n, 3, 24), {
      ids: [2n, 1n],
      page: 3,
      pageCount: 3,
    });
    assert.deepEqual(galleryPage(48n, 2, 24).ids.at(-1), 1n);
    assert.equal(galleryPage(48n, 2, 24).ids.length, 24);
  });

  it("behavior: clamps pages out of range, and an empty collection has one empty page", () => {
    assert.equal(galleryPage(50n, 9, 24).page, 3);
    assert.equal(galleryPage(50n, 0, 24).page, 1);
    assert.deepEqual(galleryPage(0n, 1, 24), {
      ids: [],
      page: 1,
      pageCount: 1,
    });
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
