import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { isAddressEqual } from "viem";

import { journey } from "../support/browser.ts";
import { amountPattern } from "../support/chain.ts";
import {
  connect,
  open,
  textOf,
  waitForConfirmed,
  waitForText,
} from "../support/app.ts";

const JOURNEY_TIMEOUT = { timeout: 120_000 };

export function accountJourneys(): void {
  describe("account", () => {
    it(
      "connecting shows the account's tokens, votes, delegate and NFTs",
      JOURNEY_TIMEOUT,
      journey({ account: 1 }, async ({ page, stack, dao, accounts }) => {
        const holder = accounts[1];
        await open(page, stack.appUrl);
        const panel = page.getByRole("region", { name: "Your account" });
        await waitForText(panel, /Connect a wallet/);

        await connect(page);

        const [balance, votes, nftCount] = await Promise.all([
          dao.tokenBalance(holder),
          dao.votes(holder),
          dao.nftBalance(holder),
        ]);
        assert.ok(
          balance > 0n && votes > balance,
          "seed: account 1 holds tokens",
        );
        await waitForText(panel, amountPattern(balance, " CMN"));
        await waitForText(panel, amountPattern(votes, " votes"));
        assert.match(await textOf(panel), /Delegate Yourself/);

        const nfts = page.getByRole("region", { name: "Your NFTs" });
        await nfts.getByRole("listitem").first().waitFor();
        assert.equal(
          await nfts.getByRole("listitem").count(),
          Number(nftCount),
        );
      }),
    );

    it(
      "delegating to yourself turns your tokens into voting power",
      JOURNEY_TIMEOUT,
      journey(
        { account: 5 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const holder = accounts[5];
          const balance = await dao.tokenBalance(holder);
          assert.equal(
            await dao.votes(holder),
            0n,
            "seed: account 5 is undelegated",
          );

          await open(page, stack.appUrl);
          await connect(page);
          const panel = page.getByRole("region", { name: "Your account" });
          await waitForText(panel, /Voting power 0 votes/);
          await waitForText(panel, /Delegate Not delegated/);

          await panel
            .getByRole("button", { name: "Delegate to myself" })
            .click();

          await waitForConfirmed(panel, /Delegated to yourself\./);
          await waitForText(panel, amountPattern(balance, " votes"));
          await waitForText(panel, /Delegate Yourself/);
          assert.equal(await dao.votes(holder), balance);
          assert.ok(isAddressEqual(await dao.delegateOf(holder), holder));
          assert.equal(requireWallet().sentTransactions.length, 1);
        },
      ),
    );
  });
}
