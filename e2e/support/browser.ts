import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TestContext } from "node:test";

import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
} from "playwright-core";
import type { Address } from "viem";

import {
  Baseline,
  type ChainClients,
  chainClients,
  nodeAccounts,
} from "./chain.ts";
import { type DaoReader, daoReader } from "./dao.ts";
import { RESULTS_DIR } from "./processes.ts";
import { type Stack, startStack } from "./stack.ts";
import { timed, timingReport } from "./timings.ts";
import { TestWallet } from "./wallet.ts";

/** Chromium from Debian's package; override with CHROMIUM_PATH. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags verified on this machine (see TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How long one UI step may take before a journey fails. */
export const STEP_TIMEOUT_MS = 15_000;

/** Everything the journeys share: one node, one app, one browser. */
export interface E2E {
  stack: Stack;
  browser: Browser;
  chain: ChainClients;
  baseline: Baseline;
  /** Reads of the DAO's contracts on the node. */
  dao: DaoReader;
  /** The node's unlocked accounts; the seed uses 0-9. */
  accounts: Address[];
}

let shared: E2E | undefined;

/** Starts the stack and the browser; call from a top-level `before`. */
export async function setUp(): Promise<E2E> {
  const stack = await startStack();
  const browser = await timed("browser launch", () =>
    chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    }),
  );
  const chain = chainClients(stack.rpcUrl, stack.chainId);
  const baseline = new Baseline(chain);
  await baseline.take();
  shared = {
    stack,
    browser,
    chain,
    baseline,
    dao: daoReader(chain, stack.deployment),
    accounts: await nodeAccounts(chain),
  };
  return shared;
}

/** Stops the browser and the stack and prints the timings. */
export async function tearDown(): Promise<void> {
  await shared?.browser.close().catch(() => {});
  await shared?.stack.stop();
  shared = undefined;
  process.stdout.write(`\ne2e timings:\n${timingReport()}\n`);
}

/** What a journey gets: its own browser context, page and wallet. */
export interface Journey extends E2E {
  page: Page;
  context: BrowserContext;
  /** `undefined` when the journey runs without a wallet. */
  wallet: TestWallet | undefined;
  /** The wallet of a journey that has one. */
  requireWallet: () => TestWallet;
  /** Also lets console errors matching `pattern` pass from now on. */
  allowConsoleError: (pattern: RegExp) => void;
}

export interface JourneyOptions {
  /**
   * Index of the node account the wallet holds, or `null` for a browser
   * without any wallet. Default 0.
   */
  account?: number | null;
  /** The wallet starts already connected to the site. */
  connected?: boolean;
  /** Console errors that are expected here, each with a reason. */
  allowConsole?: { pattern: RegExp; reason: string }[];
}

function slug(name: string): string {
  return name
    .replace(/[^a-z0-9]+/gi, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

/**
 * Wraps a journey for `it`: restores the seeded chain, opens a fresh browser
 * context with the test wallet, runs `body`, and fails if the page logged a
 * console error or threw. On failure it saves a screenshot, the console log
 * and the wallet's requests under test-results/e2e/.
 */
export function journey(
  options: JourneyOptions,
  body: (journey: Journey) => Promise<void>,
): (t: TestContext) => Promise<void> {
  return async (t) => {
    if (!shared) throw new Error("setUp() did not run");
    const e2e = shared;
    await timed(`journey: ${t.name}`, async () => {
      await e2e.baseline.restore();

      const context = await e2e.browser.newContext({
        viewport: { width: 1280, height: 900 },
      });
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      const page = await context.newPage();

      const allowed = [...(options.allowConsole ?? []).map((a) => a.pattern)];
      const consoleLog: string[] = [];
      const problems: string[] = [];
      page.on("console", (message) => {
        const { url } = message.location();
        const text = message.text() + (url ? ` (${url})` : "");
        consoleLog.push(`[${message.type()}] ${text}`);
        if (
          message.type() === "error" &&
          !allowed.some((pattern) => pattern.test(text))
        ) {
          problems.push(`console error: ${text}`);
        }
      });
      page.on("pageerror", (error) => {
        consoleLog.push(`[pageerror] ${error.stack ?? error.message}`);
        problems.push(`uncaught in page: ${error.message}`);
      });

      const account = options.account === undefined ? 0 : options.account;
      let wallet: TestWallet | undefined;
      if (account !== null) {
        wallet = new TestWallet({
          rpcUrl: e2e.stack.rpcUrl,
          chainId: e2e.stack.chainId,
          account: e2e.accounts[account],
          connected: options.connected,
        });
        await wallet.install(page);
      }

      try {
        await body({
          ...e2e,
          page,
          context,
          wallet,
          requireWallet: () => {
            if (!wallet) throw new Error("this journey has no wallet");
            return wallet;
          },
          allowConsoleError(pattern) {
            allowed.push(pattern);
          },
        });
        if (problems.length > 0) {
          throw new Error(
            `the page reported errors:\n  ${problems.join("\n  ")}`,
          );
        }
      } catch (error) {
        const base = path.join(RESULTS_DIR, slug(t.fullName ?? t.name));
        mkdirSync(RESULTS_DIR, { recursive: true });
        await page
          .screenshot({ path: `${base}.png`, fullPage: true })
          .catch(() => {});
        writeFileSync(`${base}.console.log`, consoleLog.join("\n") + "\n");
        if (wallet) {
          writeFileSync(
            `${base}.wallet.json`,
            JSON.stringify(wallet.requests, null, 2) + "\n",
          );
        }
        throw error;
      } finally {
        await context.close().catch(() => {});
      }
    });
  };
}

/** Polls `check` until it stops throwing, like an assertion that waits. */
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs = STEP_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
