import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Page } from "playwright-core";
import { isAddressEqual } from "viem";

import { eventually, journey } from "../support/browser.ts";
import { lookalikeOf } from "../support/chain.ts";
import {
  alertTexts,
  assertNoTransaction,
  assertWalletNotAsked,
  connect,
  open,
  settle,
  textOf,
  waitForConfirmed,
  waitForText,
} from "../support/app.ts";

const JOURNEY_TIMEOUT = { timeout: 120_000 };

const mintRegion = (page: Page) => page.getByRole("region", { name: /^Mint/ });

export function nftJourneys(): void {
  describe("NFTs", () => {
    it(
      "minting shows the new NFTs in the gallery and pays the treasury",
      JOURNEY_TIMEOUT,
      journey({ account: 10 }, async ({ page, stack, dao, accounts }) => {
        const minter = accounts[10];
        const [price, supply, treasuryBefore] = await Promise.all([
          dao.mintPrice(),
          dao.nftSupply(),
          dao.ethBalance(dao.treasury),
        ]);
        await open(page, stack.appUrl, "/nfts");
        await connect(page);
        const gallery = page.getByRole("region", { name: /^Gallery/ });
        await waitForText(gallery, new RegExp(`${supply} minted`));

        await page.getByLabel(/^Quantity/).fill("2");
        await page.getByRole("button", { name: "Mint 2" }).click();

        await waitForConfirmed(mintRegion(page), /Minted 2 NFTs\./);
        await waitForText(gallery, new RegExp(`${supply + 2n} minted`));
        // The badge is its own element: textContent runs it into the address.
        const mine = gallery
          .getByRole("listitem")
          .filter({ has: page.getByText("you", { exact: true }) });
        // The new count shows first, the new cards once their art is read.
        await eventually(async () => assert.equal(await mine.count(), 2));
        // Newest first: the two new badges open the gallery.
        assert.deepEqual(
          await gallery
            .getByRole("listitem")
            .locator("a")
            .evaluateAll((links) =>
              links.slice(0, 2).map((a) => a.getAttribute("href")),
            ),
          [`/nfts/${supply + 2n}`, `/nfts/${supply + 1n}`],
        );
        assert.equal(await dao.nftBalance(minter), 2n);
        assert.equal(
          (await dao.ethBalance(dao.treasury)) - treasuryBefore,
          2n * price,
        );
      }),
    );

    it(
      "rejecting the mint in the wallet cancels quietly and keeps the quantity",
      JOURNEY_TIMEOUT,
      journey(
        { account: 11 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const wallet = requireWallet();
          const treasuryBefore = await dao.ethBalance(dao.treasury);
          await open(page, stack.appUrl, "/nfts");
          await connect(page);
          const quantity = page.getByLabel(/^Quantity/);
          await quantity.fill("3");

          wallet.rejectNextRequest();
          await page.getByRole("button", { name: "Mint 3" }).click();

          await waitForText(
            mintRegion(page).getByRole("status"),
            /Cancelled in the wallet/,
          );
          assert.deepEqual(await alertTexts(page), []);
          assert.equal(await quantity.inputValue(), "3");
          assert.equal(wallet.count("eth_sendTransaction"), 1);
          assertNoTransaction(wallet);
          assert.equal(await dao.nftBalance(accounts[11]), 0n);
          assert.equal(await dao.ethBalance(dao.treasury), treasuryBefore);
        },
      ),
    );

    it(
      "a quantity over the limit is explained and nothing is sent",
      JOURNEY_TIMEOUT,
      journey(
        { account: 11 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const wallet = requireWallet();
          await open(page, stack.appUrl, "/nfts");
          await connect(page);
          const quantity = page.getByLabel(/^Quantity/);

          await quantity.fill("21");
          await waitForText(page.getByText(/At most 20 per transaction/), /./);
          assert.equal(await quantity.getAttribute("aria-invalid"), "true");
          const mint = page.getByRole("button", { name: /^Mint/ });
          assert.equal(await mint.isDisabled(), true);
          await quantity.press("Enter");
          await settle(page);

          assert.equal(await quantity.inputValue(), "21");
          assertWalletNotAsked(wallet);
          assert.equal(await dao.nftBalance(accounts[11]), 0n);
        },
      ),
    );

    it(
      "a recipient that only looks like the Treasury is flagged and nothing is sent",
      JOURNEY_TIMEOUT,
      journey(
        { account: 1 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const wallet = requireWallet();
          const owner = accounts[1];
          assert.ok(
            isAddressEqual(await dao.nftOwner(1n), owner),
            "seed: #1 is account 1's",
          );
          const typed = lookalikeOf(dao.treasury);
          assert.notEqual(typed, dao.treasury);

          await open(page, stack.appUrl, "/nfts/1");
          await connect(page);
          const transfer = page.getByRole("region", { name: "Transfer" });
          const recipient = transfer.getByLabel("Recipient");
          await recipient.fill(dao.treasury);
          await waitForText(transfer, /This is the Treasury\./);
          await recipient.fill(typed);

          const warning = transfer.getByRole("alert");
          await waitForText(
            warning,
            new RegExp(
              "^This looks like the Treasury but is a different address: " +
                "compare every digit with 0x[0-9a-fA-F]{40}\\.$",
            ),
          );
          assert.match(await textOf(warning), new RegExp(dao.treasury));
          const send = transfer.getByRole("button", { name: "Transfer #1" });
          assert.equal(await send.isDisabled(), true);
          await recipient.press("Enter");
          await settle(page);

          assert.equal(await recipient.inputValue(), typed);
          assertWalletNotAsked(wallet);
          assert.ok(isAddressEqual(await dao.nftOwner(1n), owner));

          // Ticking the box after comparing is the way on; nothing is sent.
          await transfer.getByLabel(/I have compared every digit/).check();
          assert.equal(await send.isDisabled(), false);
          assertWalletNotAsked(wallet);
        },
      ),
    );
  });
}
