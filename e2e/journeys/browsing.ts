import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createWalletClient, encodeFunctionData, http } from "viem";

import { communityNftAbi, daoGovernorAbi } from "../../generated/abis.ts";
import { eventually, journey } from "../support/browser.ts";
import { amountPattern } from "../support/chain.ts";
import { PROPOSAL_STATE } from "../support/dao.ts";
import { open, textOf, waitForText } from "../support/app.ts";

export function browsingJourneys(): void {
  describe("browsing without a wallet", () => {
    it(
      "every section reads from the chain and nothing asks for a wallet",
      { timeout: 120_000 },
      journey({ account: null }, async ({ page, stack, dao }) => {
        const [treasuryEth, proposals, supply] = await Promise.all([
          dao.ethBalance(dao.treasury),
          dao.proposals(),
          dao.nftSupply(),
        ]);

        await open(page, stack.appUrl);
        await waitForText(
          page.getByRole("region", { name: "Your account" }),
          /Connect a wallet to see your balances/,
        );
        const treasury = page.getByRole("region", { name: "Treasury" });
        await waitForText(treasury, amountPattern(treasuryEth, " ETH"));

        // No wallet was injected, so the test wallet is not on offer.
        await page.getByRole("button", { name: /^Connect wallet/ }).click();
        const menu = page.getByRole("menu", { name: "Wallets" });
        await menu.waitFor();
        assert.equal(await menu.getByText("E2E Wallet").count(), 0);
        await page.keyboard.press("Escape");
        await menu.waitFor({ state: "detached" });

        const nav = page.getByRole("navigation", { name: "Main" });
        await nav.getByRole("link", { name: "Proposals" }).click();
        await page
          .getByRole("heading", { level: 1, name: "Proposals" })
          .waitFor();
        const list = page.getByRole("region", { name: "Proposal list" });
        await waitForText(
          list.getByRole("status"),
          new RegExp(`^${proposals.length} of ${proposals.length} proposals`),
        );

        const executed = proposals.find((event) =>
          event.args.description?.includes("events budget"),
        );
        assert.ok(
          executed?.args.proposalId,
          "seed: the events budget proposal",
        );
        assert.equal(
          await dao.proposalState(executed.args.proposalId),
          PROPOSAL_STATE.Executed,
        );
        // Its row shows the votes read for the page.
        const [, inFavour] = await dao.proposalVotes(executed.args.proposalId);
        await waitForText(
          list
            .getByRole("listitem")
            .filter({ has: page.getByRole("link", { name: /events budget/ }) }),
          amountPattern(inFavour, " CMN"),
        );
        await list.getByRole("link", { name: /events budget/ }).click();
        const article = page.getByRole("article");
        await article
          .locator(".page-header")
          .getByText("Executed", { exact: true })
          .waitFor();
        // The markdown body renders as HTML: its table and headings.
        const description = page.getByRole("region", { name: "Description" });
        await description.getByRole("table").waitFor();
        await description
          .getByRole("heading", { name: "Budget", exact: true })
          .waitFor();
        const voteFor = page.getByRole("button", { name: "Vote For" });
        assert.equal(await voteFor.isDisabled(), true);

        await nav.getByRole("link", { name: "NFTs" }).click();
        const gallery = page.getByRole("region", { name: /^Gallery/ });
        await waitForText(gallery, new RegExp(`${supply} minted`));
        // The count comes with the collection; the cards a moment later.
        await eventually(async () =>
          assert.equal(
            await gallery.getByRole("listitem").count(),
            Number(supply),
          ),
        );
        assert.equal(
          await page.getByRole("button", { name: /^Mint/ }).isDisabled(),
          true,
        );

        await nav.getByRole("link", { name: "Delegates" }).click();
        const ranking = page.getByRole("region", { name: "Ranking" });
        await ranking.getByRole("row").nth(1).waitFor();
        assert.match(await textOf(ranking), /Voting power/);

        await nav.getByRole("link", { name: "Treasury" }).click();
        await page
          .getByRole("heading", { level: 1, name: "Treasury" })
          .waitFor();
        await waitForText(
          page.getByRole("main"),
          amountPattern(treasuryEth, " ETH"),
        );
      }),
    );

    it(
      "hostile long words and a phone-sized screen never widen the page",
      { timeout: 120_000 },
      journey({ account: null }, async ({ page, stack, chain, accounts }) => {
        // A proposal anyone above the threshold could make: one unbroken
        // title, an unbroken body and an image on someone else's host.
        const title = "W".repeat(90);
        const wallet = createWalletClient({
          chain: chain.publicClient.chain,
          transport: http(stack.rpcUrl),
          account: accounts[1],
        });
        const nft = stack.deployment.contracts.CommunityNFT.address;
        const hash = await wallet.writeContract({
          address: stack.deployment.contracts.DAOGovernor.address,
          abi: daoGovernorAbi,
          functionName: "propose",
          args: [
            [nft],
            [0n],
            [
              encodeFunctionData({
                abi: communityNftAbi,
                functionName: "setMintPrice",
                args: [1n],
              }),
            ],
            `# ${title}\n\n${"X".repeat(400)}\n\n![pixel](https://tracker.invalid/p.png)`,
          ],
        });
        await chain.publicClient.waitForTransactionReceipt({ hash });
        const pageWidth = () =>
          page.evaluate(() => document.documentElement.scrollWidth);

        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await open(page, stack.appUrl, "/proposals");
          await page.getByRole("link", { name: title }).click();
          await page.getByRole("heading", { level: 1, name: title }).waitFor();
          const description = page.getByRole("region", {
            name: "Description",
          });
          await description.getByText("Image: pixel").waitFor();
          assert.equal(await description.locator("img").count(), 0);
          assert.equal(await pageWidth(), width, `proposal page at ${width}`);

          await open(page, stack.appUrl, "/delegates");
          await page
            .getByRole("region", { name: "Ranking" })
            .getByRole("row")
            .nth(1)
            .waitFor();
          assert.equal(await pageWidth(), width, `delegates at ${width}`);
        }
      }),
    );
  });
}
