import assert from "node:assert/strict";

import type { Locator, Page } from "playwright-core";

import { eventually, STEP_TIMEOUT_MS } from "./browser.ts";
import type { TestWallet } from "./wallet.ts";

/** Opens `path` of the app and waits until the client has hydrated. */
export async function open(page: Page, appUrl: string, path = "/") {
  await page.goto(new URL(path, appUrl).toString());
  // The wallet menu renders its real state only after hydration.
  await page
    .getByRole("button", { name: /^Connect|^Disconnect/ })
    .first()
    .waitFor();
}

/** Connects the test wallet through the header's wallet menu. */
export async function connect(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Connect wallet/ }).click();
  await page.getByRole("menuitem", { name: "Connect E2E Wallet" }).click();
  await page.getByRole("button", { name: "Disconnect" }).waitFor();
}

/** Opens the dev panel (a <details>) if it is closed. */
export async function devPanel(page: Page): Promise<Locator> {
  const panel = page.locator("details.dev-panel");
  const summary = panel.getByText("Dev tools (local chain)");
  if (!(await panel.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await summary.click();
  }
  return panel;
}

/** Clicks one of the dev panel's buttons and waits for its result line. */
export async function devAction(page: Page, name: RegExp): Promise<string> {
  const panel = await devPanel(page);
  const status = panel.getByRole("status");
  const before = await status.textContent();
  await panel.getByRole("button", { name }).click();
  return eventually(async () => {
    const text = (await status.textContent()) ?? "";
    assert.notEqual(text, before ?? "", "the dev panel reported nothing");
    assert.ok(text.length > 0);
    return text;
  });
}

/** The visible text of the element, whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.innerText()) ?? "").replace(/\s+/g, " ").trim();
}

/** Waits until `locator`'s text matches `pattern`; returns the text. */
export async function waitForText(
  locator: Locator,
  pattern: RegExp,
): Promise<string> {
  return eventually(async () => {
    const text = await textOf(locator);
    assert.match(text, pattern);
    return text;
  });
}

/**
 * The texts of the alerts on the page that say something (Next's route
 * announcer is an empty alert).
 */
export async function alertTexts(page: Page): Promise<string[]> {
  const texts = await page.getByRole("alert").allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => text.length > 0);
}

/** Asserts the wallet put no transaction on the chain. */
export function assertNoTransaction(wallet: TestWallet): void {
  assert.deepEqual(wallet.sentTransactions, [], "a transaction was sent");
}

/** Asserts the page never even asked the wallet to sign or send. */
export function assertWalletNotAsked(wallet: TestWallet): void {
  assertNoTransaction(wallet);
  for (const method of ["eth_sendTransaction", "personal_sign", "eth_sign"]) {
    assert.equal(wallet.count(method), 0, `the page called ${method}`);
  }
}

/** Waits a little for anything the page might still send, then returns. */
export async function settle(page: Page, ms = 750): Promise<void> {
  await page.waitForTimeout(ms);
}

/**
 * Waits until a transaction in `scope` reports success (a status matching
 * `success`), and fails at once with the page's words if it shows an error
 * (an alert) instead.
 */
export async function waitForConfirmed(
  scope: Locator,
  success: RegExp,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let statuses: string[] = [];
  while (Date.now() < deadline) {
    const alerts = (await scope.getByRole("alert").allInnerTexts())
      .map((text) => text.replace(/\s+/g, " ").trim())
      .filter((text) => text.length > 0);
    if (alerts.length > 0) {
      assert.fail(`expected ${success}, the page says: ${alerts.join(" | ")}`);
    }
    statuses = await scope.getByRole("status").allInnerTexts();
    if (statuses.some((text) => success.test(text))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(
    `expected ${success} within ${timeoutMs} ms; status: ${statuses.join(" | ")}`,
  );
}
