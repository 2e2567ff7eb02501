import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { network } from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";
import { maxUint256, zeroAddress } from "viem";

import DAOModule from "../../ignition/modules/DAO.ts";
import { SETTINGS, deployDaoFixture, impersonate } from "../helpers/dao.ts";

const PRICE = SETTINGS.mintPrice;

/** Decodes a `data:<type>;base64,` URI. */
function decodeDataUri(uri: string, type: string): string {
  const prefix = `data:${type};base64,`;
  assert.ok(uri.startsWith(prefix), `expected a ${type} data URI`);
  return Buffer.from(uri.slice(prefix.length), "base64").toString("utf8");
}

interface Metadata {
  name: string;
  description: string;
  image: string;
  attributes: { trait_type: string; value: string | number }[];
}

/** A collection of five tokens, at most three per mint. */
async function deploySmallCollectionFixture({ ignition }: NetworkConnection) {
  const { nft, treasury } = await ignition.deploy(DAOModule, {
    displayUi: false,
    parameters: { DAO: { maxSupply: 5n, maxPerTx: 3n } },
  });
  return { nft, treasury };
}

describe("CommunityNFT", async () => {
  const connection = await network.create();
  const { viem, networkHelpers } = connection;
  const dao = () => networkHelpers.loadFixture(deployDaoFixture);

  describe("minting", () => {
    it("mints to the caller and pays the treasury quantity × price", async () => {
      const { nft, treasury, alice } = await dao();

      await viem.assertions.balancesHaveChanged(
        nft.write.mint([3n], { account: alice.account, value: 3n * PRICE }),
        [
          { address: treasury.address, amount: 3n * PRICE },
          { address: alice.account.address, amount: -3n * PRICE },
          { address: nft.address, amount: 0n },
        ],
      );

      assert.equal(await nft.read.totalSupply(), 3n);
      assert.equal(await nft.read.balanceOf([alice.account.address]), 3n);
      assert.equal(
        (await nft.read.ownerOf([3n])).toLowerCase(),
        alice.account.address,
      );
    });

    it("numbers tokens from 1 and emits a Transfer per token", async () => {
      const { nft, alice } = await dao();

      await viem.assertions.emitWithArgs(
        nft.write.mint([1n], { account: alice.account, value: PRICE }),
        nft,
        "Transfer",
        [zeroAddress, alice.account.address, 1n],
      );
    });

    it("rejects a quantity of zero", async () => {
      const { nft, alice } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([0n], { account: alice.account, value: 0n }),
        nft,
        "CommunityNFTInvalidQuantity",
        [0n, SETTINGS.maxPerTx],
      );
    });

    it("rejects more than maxPerTx tokens in one call", async () => {
      const { nft, alice } = await dao();
      const quantity = SETTINGS.maxPerTx + 1n;

      await viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([quantity], {
          account: alice.account,
          value: quantity * PRICE,
        }),
        nft,
        "CommunityNFTInvalidQuantity",
        [quantity, SETTINGS.maxPerTx],
      );
    });

    it("accepts exactly maxPerTx tokens in one call", async () => {
      const { nft, alice } = await dao();

      await nft.write.mint([SETTINGS.maxPerTx], {
        account: alice.account,
        value: SETTINGS.maxPerTx * PRICE,
      });

      assert.equal(await nft.read.totalSupply(), SETTINGS.maxPerTx);
    });

    it("rejects a payment below quantity × price", async () => {
      const { nft, alice } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([2n], {
          account: alice.account,
          value: 2n * PRICE - 1n,
        }),
        nft,
        "CommunityNFTWrongPayment",
        [2n * PRICE - 1n, 2n * PRICE],
      );
    });

    it("rejects a payment above quantity × price", async () => {
      const { nft, alice } = await dao();

      await viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([1n], { account: alice.account, value: PRICE + 1n }),
        nft,
        "CommunityNFTWrongPayment",
        [PRICE + 1n, PRICE],
      );
    });

    it("mints for free without moving ETH when the price is zero", async () => {
      const { nft, treasury, alice } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);
      await nft.write.setMintPrice([0n], asTreasury);

      await viem.assertions.balancesHaveChanged(
        nft.write.mint([2n], { account: alice.account }),
        [
          { address: treasury.address, amount: 0n },
          { address: alice.account.address, amount: 0n },
        ],
      );
      assert.equal(await nft.read.balanceOf([alice.account.address]), 2n);
    });

    it("rejects a contract recipient without onERC721Received", async () => {
      const { nft } = await dao();
      const minter = await viem.deployContract("NonReceiverMinter");

      await viem.assertions.revertWithCustomError(
        minter.write.mint([nft.address, 1n], { value: PRICE }),
        nft,
        "TransferToNonERC721ReceiverImplementer",
      );
      assert.equal(await nft.read.totalSupply(), 0n);
      assert.equal(await nft.read.balanceOf([minter.address]), 0n);
    });

    it("reverts the whole mint when the receiver hook re-enters mint", async () => {
      const { nft, treasury, publicClient } = await dao();
      const attacker = await viem.deployContract("ReentrantMinter");
      const [funder] = await viem.getWalletClients();
      await funder.sendTransaction({ to: attacker.address, value: PRICE });
      const treasuryBefore = await publicClient.getBalance({
        address: treasury.address,
      });

      await viem.assertions.revertWithCustomError(
        attacker.write.attack([nft.address, 1n], { value: PRICE }),
        nft,
        "ReentrancyGuardReentrantCall",
      );

      assert.equal(await nft.read.totalSupply(), 0n);
      assert.equal(
        await publicClient.getBalance({ address: treasury.address }),
        treasuryBefore,
      );
    });

    it("reports a treasury that refuses the payment", async () => {
      const { nft } = await dao();
      // A contract with no receive function stands in for a broken treasury.
      const refuser = await viem.deployContract("NonReceiverMinter");
      const broken = await viem.deployContract("CommunityNFT", [
        "Broken",
        "BRK",
        refuser.address,
        PRICE,
        10n,
        5n,
        0n,
      ]);

      await viem.assertions.revertWithCustomErrorWithArgs(
        broken.write.mint([1n], { value: PRICE }),
        nft,
        "CommunityNFTPaymentFailed",
        [refuser.address, PRICE],
      );
    });
  });

  describe("supply cap", async () => {
    const small = await network.create();
    const collection = () =>
      small.networkHelpers.loadFixture(deploySmallCollectionFixture);

    it("mints the last token and then reports the collection sold out", async () => {
      const { nft } = await collection();
      await nft.write.mint([3n], { value: 3n * PRICE });

      await nft.write.mint([2n], { value: 2n * PRICE });

      assert.equal(await nft.read.totalSupply(), 5n);
      await small.viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([1n], { value: PRICE }),
        nft,
        "CommunityNFTSoldOut",
        [1n, 0n],
      );
    });

    it("rejects a mint that would pass maxSupply, naming what is left", async () => {
      const { nft } = await collection();
      await nft.write.mint([3n], { value: 3n * PRICE });
      await nft.write.mint([1n], { value: PRICE });

      await small.viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.mint([2n], { value: 2n * PRICE }),
        nft,
        "CommunityNFTSoldOut",
        [2n, 1n],
      );
    });
  });

  describe("pausing", () => {
    it("blocks minting while paused and allows it once resumed", async () => {
      const { nft, treasury, alice } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);

      await viem.assertions.emitWithArgs(
        nft.write.setMintPaused([true], asTreasury),
        nft,
        "MintPausedSet",
        [true],
      );
      assert.equal(await nft.read.mintPaused(), true);
      await viem.assertions.revertWithCustomError(
        nft.write.mint([1n], { account: alice.account, value: PRICE }),
        nft,
        "CommunityNFTMintPaused",
      );

      await viem.assertions.emitWithArgs(
        nft.write.setMintPaused([false], asTreasury),
        nft,
        "MintPausedSet",
        [false],
      );
      await nft.write.mint([1n], { account: alice.account, value: PRICE });
      assert.equal(await nft.read.totalSupply(), 1n);
    });
  });

  describe("settings", () => {
    it("lets only the treasury change the price, pause, base URI and royalty", async () => {
      const { nft, mallory, deployer } = await dao();

      for (const wallet of [mallory, deployer]) {
        const who = { account: wallet.account };
        await viem.assertions.revertWithCustomErrorWithArgs(
          nft.write.setMintPrice([1n], who),
          nft,
          "OwnableUnauthorizedAccount",
          [wallet.account.address],
        );
        await viem.assertions.revertWithCustomErrorWithArgs(
          nft.write.setMintPaused([true], who),
          nft,
          "OwnableUnauthorizedAccount",
          [wallet.account.address],
        );
        await viem.assertions.revertWithCustomErrorWithArgs(
          nft.write.setBaseURI(["ipfs://evil/"], who),
          nft,
          "OwnableUnauthorizedAccount",
          [wallet.account.address],
        );
        await viem.assertions.revertWithCustomErrorWithArgs(
          nft.write.setRoyalty([wallet.account.address, 1_000n], who),
          nft,
          "OwnableUnauthorizedAccount",
          [wallet.account.address],
        );
      }
    });

    it("emits MintPriceUpdated with the old and new price", async () => {
      const { nft, treasury } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);

      await viem.assertions.emitWithArgs(
        nft.write.setMintPrice([PRICE * 2n], asTreasury),
        nft,
        "MintPriceUpdated",
        [PRICE, PRICE * 2n],
      );
      assert.equal(await nft.read.mintPrice(), PRICE * 2n);
    });

    it("emits RoyaltyUpdated and reports the new royalty", async () => {
      const { nft, treasury, carol } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);

      await viem.assertions.emitWithArgs(
        nft.write.setRoyalty([carol.account.address, 250n], asTreasury),
        nft,
        "RoyaltyUpdated",
        [carol.account.address, 250n],
      );
      const [receiver, amount] = await nft.read.royaltyInfo([1n, 10_000n]);
      assert.equal(receiver.toLowerCase(), carol.account.address);
      assert.equal(amount, 250n);
    });

    it("rejects a royalty above 100 %", async () => {
      const { nft, treasury, carol } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);

      await viem.assertions.revertWithCustomErrorWithArgs(
        nft.write.setRoyalty([carol.account.address, 10_001n], asTreasury),
        nft,
        "ERC2981InvalidDefaultRoyalty",
        [10_001n, 10_000n],
      );
    });
  });

  describe("metadata", () => {
    it("serves on-chain JSON with an SVG image by default", async () => {
      const { nft, alice } = await dao();
      await nft.write.mint([2n], { account: alice.account, value: 2n * PRICE });

      const json = decodeDataUri(
        await nft.read.tokenURI([2n]),
        "application/json",
      );
      const metadata = JSON.parse(json) as Metadata;
      const svg = decodeDataUri(metadata.image, "image/svg+xml");

      assert.equal(metadata.name, "Commons Badge #2");
      assert.deepEqual(
        metadata.attributes.map((a) => a.trait_type),
        ["Palette", "Shape", "Rings"],
      );
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.match(svg, />#2<\/text><\/svg>$/);
      assert.doesNotMatch(svg, /<script|javascript:|on\w+=/i);
    });

    it("draws different art for each token, using every shape and palette", async () => {
      const { nft, alice } = await dao();
      const count = 2n * SETTINGS.maxPerTx;
      for (let minted = 0n; minted < count; minted += SETTINGS.maxPerTx) {
        await nft.write.mint([SETTINGS.maxPerTx], {
          account: alice.account,
          value: SETTINGS.maxPerTx * PRICE,
        });
      }

      const images = new Set<string>();
      const traits = new Map<string, Set<string | number>>();
      for (let id = 1n; id <= count; id++) {
        const uri = await nft.read.tokenURI([id]);
        const metadata = JSON.parse(
          decodeDataUri(uri, "application/json"),
        ) as Metadata;
        images.add(metadata.image);
        for (const { trait_type, value } of metadata.attributes) {
          traits.set(
            trait_type,
            (traits.get(trait_type) ?? new Set()).add(value),
          );
        }
      }

      assert.equal(images.size, Number(count));
      assert.deepEqual([...(traits.get("Shape") ?? [])].sort(), [
        "Block",
        "Peak",
        "Sun",
      ]);
      assert.deepEqual([...(traits.get("Palette") ?? [])].sort(), [
        "Dusk",
        "Ember",
        "Meadow",
        "Tide",
      ]);
      assert.deepEqual([...(traits.get("Rings") ?? [])].sort(), [2, 3, 4, 5]);
    });

    it("JSON-escapes a hostile collection name", async () => {
      const { treasury, alice } = await dao();
      const hostile = 'Evil", "image": "javascript:alert(1)", "x": "\\';
      const evil = await viem.deployContract("CommunityNFT", [
        hostile,
        "EVIL",
        treasury.address,
        0n,
        10n,
        5n,
        0n,
      ]);
      await evil.write.mint([1n], { account: alice.account });

      const metadata = JSON.parse(
        decodeDataUri(await evil.read.tokenURI([1n]), "application/json"),
      ) as Metadata;

      assert.equal(metadata.name, `${hostile} #1`);
      assert.ok(metadata.image.startsWith("data:image/svg+xml;base64,"));
    });

    it("switches to baseURI + id and back, announcing ERC-4906 refreshes", async () => {
      const { nft, treasury, alice } = await dao();
      const asTreasury = await impersonate(connection, treasury.address);
      await nft.write.mint([1n], { account: alice.account, value: PRICE });

      const tx = nft.write.setBaseURI(["ipfs://bafy/"], asTreasury);
      await viem.assertions.emitWithArgs(tx, nft, "BaseURIUpdated", [
        "ipfs://bafy/",
      ]);
      await viem.assertions.emitWithArgs(tx, nft, "BatchMetadataUpdate", [
        1n,
        maxUint256,
      ]);
      assert.equal(await nft.read.baseURI(), "ipfs://bafy/");
      assert.equal(await nft.read.tokenURI([1n]), "ipfs://bafy/1");

      await nft.write.setBaseURI([""], asTreasury);
      assert.ok(
        (await nft.read.tokenURI([1n])).startsWith(
          "data:application/json;base64,",
        ),
      );
    });

    it("rejects a URI query for a token that does not exist", async () => {
      const { nft } = await dao();

      await viem.assertions.revertWithCustomError(
        nft.read.tokenURI([1n]),
        nft,
        "URIQueryForNonexistentToken",
      );
    });

    it("reports ERC-721, ERC-2981, ERC-4906 and ERC-165 support", async () => {
      const { nft } = await dao();

      for (const id of [
        "0x80ac58cd",
        "0x5b5e139f",
        "0x2a55205a",
        "0x49064906",
        "0x01ffc9a7",
      ] as const) {
        assert.equal(await nft.read.supportsInterface([id]), true, id);
      }
      assert.equal(await nft.read.supportsInterface(["0xffffffff"]), false);
    });
  });
});
