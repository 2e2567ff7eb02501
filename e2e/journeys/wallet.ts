import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { journey } from "../support/browser.ts";
import { alertTexts, connect, open, waitForText } from "../support/app.ts";

const JOURNEY_TIMEOUT = { timeout: 120_000 };

export function walletJourneys(): void {
  describe("wallet", () => {
    it(
      "rejecting the connection request is a quiet cancel",
      JOURNEY_TIMEOUT,
      journey({ account: 3 }, async ({ page, stack, requireWallet }) => {
        const wallet = requireWallet();
        await open(page, stack.appUrl);

        wallet.rejectNextRequest();
        await page.getByRole("button", { name: /^Connect wallet/ }).click();
        await page
          .getByRole("menuitem", { name: "Connect E2E Wallet" })
          .click();

        // Back to the connect button, no error shown, nothing granted.
        await page.getByRole("button", { name: /^Connect wallet/ }).waitFor();
        assert.deepEqual(await alertTexts(page), []);
        assert.equal(wallet.connected, false);

        // A second try goes through.
        await connect(page);
        assert.equal(wallet.connected, true);
      }),
    );

    it(
      "a wallet on another chain is asked to switch, and switching works",
      JOURNEY_TIMEOUT,
      journey({ account: 3 }, async ({ page, stack, requireWallet }) => {
        const wallet = requireWallet();
        await open(page, stack.appUrl);
        await connect(page);

        await wallet.reportChain(1);
        const banner = page
          .getByRole("alert")
          .filter({ hasText: /on chain 1\b/ });
        await waitForText(banner, /this DAO lives on .*31337/);

        await banner.getByRole("button", { name: /^Switch to/ }).click();
        await banner.waitFor({ state: "detached" });
        assert.equal(wallet.chainId, stack.chainId);
        assert.ok(wallet.count("wallet_switchEthereumChain") >= 1);
      }),
    );
  });
}
