import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { journey } from "../support/browser.ts";
import { connect, open, waitForText } from "../support/app.ts";
import { amountPattern } from "../support/chain.ts";
import { timed } from "../support/timings.ts";

export function nodeOutageJourney(): void {
  describe("node outage", () => {
    it(
      "the node stopping shows a banner, and the app recovers when it is back",
      { timeout: 240_000 },
      journey(
        { account: 1 },
        async ({
          page,
          stack,
          chain,
          baseline,
          dao,
          accounts,
          allowConsoleError,
        }) => {
          await open(page, stack.appUrl);
          await connect(page);
          await waitForText(
            page.getByRole("region", { name: "Your account" }),
            /Token balance/,
          );
          // The header's banner names the node; pages' own notices do not.
          const banner = page
            .getByRole("alert")
            .filter({ hasText: `node at ${stack.rpcUrl} is not answering` });
          assert.equal(await banner.count(), 0);

          // From here Chromium logs each request to the node that fails: a
          // connection reset while the node goes down, refused while it is
          // down. Requests anywhere else must still succeed.
          const node = stack.rpcUrl.replace(/\/?$/, "/").replace(/[.]/g, "\\.");
          allowConsoleError(
            new RegExp(
              "^Failed to load resource: net::ERR_(CONNECTION_REFUSED|" +
                `CONNECTION_RESET|EMPTY_RESPONSE|CONNECTION_CLOSED) \\(${node}\\)$`,
            ),
          );
          await stack.stopNode();
          await banner.waitFor({ timeout: 30_000 });

          // A new node on the same port; the same deployer and nonces give
          // the DAO the same addresses, so the app's deployment file holds.
          await timed("node restart + deploy + seed", () => stack.startNode());
          const code = await chain.publicClient.getCode({
            address: stack.deployment.contracts.DAOGovernor.address,
          });
          assert.ok(code && code !== "0x", "the DAO was not redeployed");
          await banner.waitFor({ state: "detached", timeout: 30_000 });

          // Reads work again, and the wallet stayed connected.
          await page.getByRole("button", { name: "Disconnect" }).waitFor();
          const panel = page.getByRole("region", { name: "Your account" });
          const balance = await dao.tokenBalance(accounts[1]);
          await waitForText(panel, amountPattern(balance, " CMN"));
          await baseline.take();
        },
      ),
    );
  });
}
