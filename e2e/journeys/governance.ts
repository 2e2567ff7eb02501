import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Page } from "playwright-core";
import { type Address, parseEther } from "viem";

import { eventually, journey } from "../support/browser.ts";
import { amountPattern, lookalikeOf } from "../support/chain.ts";
import { PROPOSAL_STATE } from "../support/dao.ts";
import {
  alertTexts,
  assertNoTransaction,
  assertWalletNotAsked,
  connect,
  devAction,
  open,
  settle,
  textOf,
  waitForConfirmed,
  waitForText,
} from "../support/app.ts";

const JOURNEY_TIMEOUT = { timeout: 180_000 };

/** The state pill in the proposal page's header. */
async function waitForState(page: Page, state: string): Promise<void> {
  await page
    .getByRole("article")
    .locator(".page-header")
    .getByText(state, { exact: true })
    .waitFor();
}

/** Fills the new-proposal form with one "Send ETH" action. */
async function fillSendEthProposal(
  page: Page,
  {
    title,
    body,
    to,
    amount,
  }: { title: string; body: string; to: string; amount: string },
) {
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description (markdown)").fill(body);
  const action = page.getByRole("group", { name: "Action 1" });
  await action.getByLabel("Kind of action").selectOption({
    label: "Send ETH from the treasury",
  });
  await action.getByLabel("Recipient").fill(to);
  await action.getByLabel("Amount (ETH)").fill(amount);
  return action;
}

/** Votes with a reason from the page's current account. */
async function vote(
  page: Page,
  choice: "For" | "Against" | "Abstain",
  reason: string,
) {
  const panel = page.getByRole("region", { name: "Your vote" });
  await panel.getByLabel("Reason (optional)").fill(reason);
  await panel.getByRole("button", { name: `Vote ${choice}` }).click();
  await waitForConfirmed(panel, new RegExp(`Voted ${choice}\\.`));
  await waitForText(panel, new RegExp(`You voted ${choice} with`));
}

export function governanceJourneys(): void {
  describe("governance", () => {
    it(
      "voting on a seeded proposal records the vote and its reason",
      JOURNEY_TIMEOUT,
      journey({ account: 4 }, async ({ page, stack, dao, accounts }) => {
        const voter = accounts[4];
        const created = await dao.proposals();
        const seeded = created.find((event) =>
          /^# Commission a treasury/.test(event.args.description ?? ""),
        );
        assert.ok(
          seeded?.args.proposalId,
          "seed: the treasury report proposal",
        );
        const id = seeded.args.proposalId;
        assert.equal(await dao.proposalState(id), PROPOSAL_STATE.Active);
        const [, , abstainBefore] = await dao.proposalVotes(id);

        await open(page, stack.appUrl, "/proposals");
        await connect(page);
        await page
          .getByRole("link", { name: /^Commission a treasury/ })
          .click();
        await page.waitForURL(`**/proposals/${id}`);
        await waitForState(page, "Active");

        const reason = "E2E: abstaining until the scope is clearer.";
        await vote(page, "Abstain", reason);

        const weight = await dao.votes(voter);
        assert.equal(await dao.hasVoted(id, voter), true);
        const [, , abstainAfter] = await dao.proposalVotes(id);
        assert.equal(abstainAfter - abstainBefore, weight);
        const voters = page.getByRole("region", { name: "Voters" });
        await waitForText(voters, new RegExp(reason.replace(/\./g, "\\.")));
      }),
    );

    it(
      "a proposal from a template is voted, queued and executed, and pays out",
      JOURNEY_TIMEOUT,
      journey(
        { account: 1 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const wallet = requireWallet();
          const recipient = accounts[12];
          const amount = parseEther("1.5");
          const [recipientBefore, treasuryBefore] = await Promise.all([
            dao.ethBalance(recipient),
            dao.ethBalance(dao.treasury),
          ]);

          await open(page, stack.appUrl, "/proposals/new");
          await connect(page);
          const title = "E2E: pay the test recipient";
          const action = await fillSendEthProposal(page, {
            title,
            body: "Sends **1.5 ETH** to account 12, from the browser tests.",
            to: recipient,
            amount: "1.5",
          });
          await waitForText(action.getByRole("status"), /1\.5 ETH/);
          await page.getByRole("button", { name: "Propose" }).click();

          await page.waitForURL(/\/proposals\/\d+$/, { timeout: 30_000 });
          const id = BigInt(new URL(page.url()).pathname.split("/").pop()!);
          await page.getByRole("heading", { level: 1, name: title }).waitFor();
          assert.equal(await dao.proposalState(id), PROPOSAL_STATE.Pending);

          await devAction(page, /^Skip voting delay/);
          await waitForState(page, "Active");

          const voters: [number, "For" | "Against", string][] = [
            [1, "For", "E2E: account 1 supports the payment."],
            [2, "For", "E2E: account 2 agrees."],
            [7, "Against", "E2E: account 7 would rather wait."],
          ];
          for (const [index, choice, reason] of voters) {
            if (wallet.account !== accounts[index]) {
              await wallet.switchAccount(accounts[index]);
              await waitForText(
                page.getByRole("region", { name: "Your vote" }),
                /Your voting power at the snapshot/,
              );
            }
            await vote(page, choice, reason);
          }
          const votersRegion = page.getByRole("region", { name: "Voters" });
          for (const [, , reason] of voters) {
            await waitForText(
              votersRegion,
              new RegExp(reason.replace(/\./g, "\\.")),
            );
          }
          for (const [index] of voters) {
            assert.equal(await dao.hasVoted(id, accounts[index]), true);
          }
          const [against, inFavour] = await dao.proposalVotes(id);
          assert.equal(against, await dao.votes(accounts[7]));
          assert.equal(
            inFavour,
            (await dao.votes(accounts[1])) + (await dao.votes(accounts[2])),
          );

          await devAction(page, /^Skip voting period/);
          await waitForState(page, "Succeeded");
          const carryOut = page.getByRole("region", { name: "Carry out" });
          await carryOut.getByRole("button", { name: "Queue" }).click();
          await waitForConfirmed(carryOut, /Queued in the treasury\./);
          await waitForState(page, "Queued");
          assert.equal(await dao.proposalState(id), PROPOSAL_STATE.Queued);

          await devAction(page, /^Skip timelock delay/);
          await carryOut.getByRole("button", { name: "Execute" }).click();
          await waitForConfirmed(carryOut, /Executed\./);
          await waitForState(page, "Executed");

          assert.equal(await dao.proposalState(id), PROPOSAL_STATE.Executed);
          assert.equal(
            (await dao.ethBalance(recipient)) - recipientBefore,
            amount,
          );
          assert.equal(
            treasuryBefore - (await dao.ethBalance(dao.treasury)),
            amount,
          );
        },
      ),
    );

    it(
      "a malformed recipient and an amount over the treasury's are explained",
      JOURNEY_TIMEOUT,
      journey({ account: 1 }, async ({ page, stack, dao, requireWallet }) => {
        const wallet = requireWallet();
        const proposalsBefore = (await dao.proposals()).length;
        const treasuryEth = await dao.ethBalance(dao.treasury);

        await open(page, stack.appUrl, "/proposals/new");
        await connect(page);
        const action = await fillSendEthProposal(page, {
          title: "E2E: a proposal with bad fields",
          body: "Nothing here should reach the chain.",
          to: "0x12345",
          amount: "1000000",
        });

        const recipient = action.getByLabel("Recipient");
        const amount = action.getByLabel("Amount (ETH)");
        await waitForText(action, /An address has 40 hex digits after 0x/);
        await waitForText(action, /The treasury holds only/);
        assert.match(await textOf(action), amountPattern(treasuryEth));
        assert.equal(await recipient.getAttribute("aria-invalid"), "true");
        assert.equal(await amount.getAttribute("aria-invalid"), "true");

        await page.getByRole("button", { name: "Propose" }).click();
        await waitForText(
          page.getByRole("list", { name: "Before you can propose" }),
          /Fix the highlighted action fields\./,
        );
        await settle(page);

        assert.equal(await recipient.inputValue(), "0x12345");
        assert.equal(await amount.inputValue(), "1000000");
        assert.equal(
          await page.getByLabel("Title").inputValue(),
          "E2E: a proposal with bad fields",
        );
        assertWalletNotAsked(wallet);
        assert.equal((await dao.proposals()).length, proposalsBefore);
      }),
    );

    it(
      "a recipient that only looks like the Treasury holds the proposal back",
      JOURNEY_TIMEOUT,
      journey({ account: 1 }, async ({ page, stack, dao, requireWallet }) => {
        const wallet = requireWallet();
        const proposalsBefore = (await dao.proposals()).length;
        const to = lookalikeOf(dao.treasury);

        await open(page, stack.appUrl, "/proposals/new");
        await connect(page);
        const action = await fillSendEthProposal(page, {
          title: "E2E: pay a poisoned address",
          body: "The recipient only shares its ends with the treasury.",
          to,
          amount: "1",
        });

        await waitForText(
          action.getByRole("alert"),
          new RegExp(
            "^This looks like the Treasury but is a different address: " +
              `compare every digit with ${dao.treasury}\\.$`,
          ),
        );
        await page.getByRole("button", { name: "Propose" }).click();
        await waitForText(
          page.getByRole("list", { name: "Before you can propose" }),
          new RegExp(
            "An address in action 1 only looks like the Treasury: correct " +
              "it, or tick the box under it once you have compared every digit\\.",
          ),
        );
        await settle(page);

        assert.equal(await action.getByLabel("Recipient").inputValue(), to);
        assertWalletNotAsked(wallet);
        assert.equal((await dao.proposals()).length, proposalsBefore);
      }),
    );

    it(
      "rejecting the proposal in the wallet keeps everything typed",
      JOURNEY_TIMEOUT,
      journey(
        { account: 1 },
        async ({ page, stack, dao, accounts, requireWallet }) => {
          const wallet = requireWallet();
          const proposalsBefore = (await dao.proposals()).length;
          const to: Address = accounts[13];

          await open(page, stack.appUrl, "/proposals/new");
          await connect(page);
          const fields = {
            title: "E2E: rejected in the wallet",
            body: "The wallet says no; the text must survive.",
            to,
            amount: "0.25",
          };
          const action = await fillSendEthProposal(page, fields);
          await waitForText(action.getByRole("status"), /0\.25 ETH/);

          wallet.rejectNextRequest();
          await page.getByRole("button", { name: "Propose" }).click();

          const submit = page.getByRole("region", { name: "Submit" });
          await waitForText(
            submit.getByRole("status"),
            /Cancelled in the wallet/,
          );
          assert.deepEqual(await alertTexts(page), []);
          assert.equal(
            await page.getByLabel("Title").inputValue(),
            fields.title,
          );
          assert.equal(
            await page.getByLabel("Description (markdown)").inputValue(),
            fields.body,
          );
          assert.equal(await action.getByLabel("Recipient").inputValue(), to);
          assert.equal(
            await action.getByLabel("Amount (ETH)").inputValue(),
            "0.25",
          );
          assert.equal(wallet.count("eth_sendTransaction"), 1);
          assertNoTransaction(wallet);
          await eventually(async () =>
            assert.equal((await dao.proposals()).length, proposalsBefore),
          );
        },
      ),
    );
  });
}
