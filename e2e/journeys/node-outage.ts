import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { journey } from "../support/browser.ts";
import { connect, open } from "../support/app.ts";
import { timed } from "../support/timings.ts";

export function nodeOutageJourney(): void {
  describe("node outage", () => {
    it(
      "the node stopping shows a banner, and the app recovers when it is back",
      { timeout: 240_000 },
      journey(
        {
          account: 1,
          allowConsole: [
            {
              // Chromium itself logs each request to the stopped node.
              pattern: /Failed to load resource: net::ERR_CONNECTION_REFUSED/,
              reason: "the browser's own log line for a refused connection",
            },
          ],
        },
        async ({ page, stack, chain, baseline }) => {
          await open(page, stack.appUrl);
          await connect(page);
          const banner = page
            .getByRole("alert")
            .filter({ hasText: "is not answering" });
          assert.equal(await banner.count(), 0);

          await stack.stopNode();
          await banner.waitFor({ timeout: 30_000 });
          assert.match(await banner.innerText(), new RegExp(stack.rpcUrl));

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
          await baseline.take();
        },
      ),
    );
  });
}
