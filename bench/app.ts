// The app's cost as the DAO grows: a Hardhat node of our own seeded to 10,
// 100 and 1,000 proposals (and as many NFTs), the production build served by
// `next start`, and headless Chromium loading the proposals list, one
// proposal and the holdings page. Counts the JSON-RPC requests the browser
// sends to the node (and the calls inside batches) and the time until the
// content shows. Also the First Load JS of every route. Writes
// bench/out/app.json; scripts/bench.mjs prints and merges it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { type Browser, type Page, chromium } from "playwright-core";

import {
  ROOT,
  freePort,
  run,
  startService,
  stopAllServices,
  waitUntil,
} from "../e2e/support/processes.ts";
import { TestWallet, WALLET_INFO } from "../e2e/support/wallet.ts";
import { copyApp } from "./lib/app-copy.ts";
import { builtRoutes, firstLoadJs } from "./lib/first-load.ts";
import { GrowingDao, rpc } from "./lib/grow-dao.ts";
import { OUT } from "./lib/hre.ts";
import { type BenchChain, startChain } from "./lib/stack.ts";
import { type BenchRow, median, ratio } from "./lib/stats.ts";

const SIZES = (process.env.BENCH_SIZES ?? "10,100,1000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** How long the page stays open after a new block, counting its refresh. */
const AFTER_BLOCK_MS = 5_000;
const CONTENT_TIMEOUT_MS = 30_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

interface PageLoad {
  /** HTTP requests to the node from navigation until the content shows. */
  requests: number;
  /** JSON-RPC calls in them (each batch member counts). */
  calls: number;
  /** HTTP requests in the AFTER_BLOCK_MS after one new block (refresh + polls). */
  afterBlock: number;
  /** Milliseconds from navigation to the content being visible. */
  contentMs: number;
  methods: Record<string, number>;
}

interface PageSpec {
  key: "list" | "proposal" | "holdings" | "gallery";
  label: string;
  path: (dao: GrowingDao) => string;
  wallet: boolean;
  /** Resolves once the page shows what it is for. */
  content: (page: Page, dao: GrowingDao) => Promise<void>;
}

let newestProposalId = 0n;

const PAGES: PageSpec[] = [
  {
    key: "list",
    label: "/proposals",
    path: () => "/proposals",
    wallet: false,
    content: async (page, dao) => {
      const n = dao.proposals;
      await page
        .getByText(new RegExp(`^${n} of ${n} proposals`))
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
      // The rows' votes are read after the list's titles and states.
      await page
        .getByRole("region", { name: "Proposal list" })
        .getByRole("listitem")
        .first()
        .getByText("For", { exact: true })
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
    },
  },
  {
    key: "proposal",
    label: "/proposals/[id]",
    path: () => `/proposals/${newestProposalId}`,
    wallet: false,
    content: async (page, dao) => {
      await page
        .getByRole("heading", {
          level: 1,
          name: new RegExp(`^Bench proposal ${dao.proposals}:`),
        })
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
      await page
        .getByRole("region", { name: "Results" })
        .getByText(/For/)
        .first()
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
    },
  },
  {
    key: "holdings",
    label: "/ (holdings)",
    path: () => "/",
    wallet: true,
    content: async (page) => {
      await page
        .getByRole("region", { name: "Your account" })
        .getByText(/votes/)
        .first()
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
      await page
        .getByRole("region", { name: "Your NFTs" })
        .getByRole("listitem")
        .first()
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
    },
  },
  {
    key: "gallery",
    label: "/nfts (gallery)",
    path: () => "/nfts",
    wallet: false,
    content: async (page) => {
      await page
        .getByRole("region", { name: /^Gallery/ })
        .getByRole("listitem")
        .first()
        .getByRole("img")
        .waitFor({ timeout: CONTENT_TIMEOUT_MS });
    },
  },
];

class PageFailedError extends Error {
  override name = "PageFailedError";
  /** What the page said went wrong, short enough for the table. */
  summary = "";
}

/** Loads `spec` once in a fresh browser context (a first visit). */
async function loadOnce(
  browser: Browser,
  chain: BenchChain,
  appUrl: string,
  spec: PageSpec,
  dao: GrowingDao,
  { newBlock = false } = {},
): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  if (spec.wallet) {
    // A returning visitor: the wallet is connected to the site and wagmi
    // remembers it, so the page reconnects without a click.
    const wallet = new TestWallet({
      rpcUrl: chain.rpcUrl,
      chainId: Number(chain.env.DAO_CHAIN_ID),
      account: chain.accounts[0],
      connected: true,
    });
    await wallet.install(page);
    await page.addInitScript((id: string) => {
      localStorage.setItem("wagmi.recentConnectorId", JSON.stringify(id));
    }, WALLET_INFO.rdns);
  }

  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });

  const load: PageLoad = {
    requests: 0,
    calls: 0,
    afterBlock: 0,
    contentMs: 0,
    methods: {},
  };
  let shown = false;
  page.on("request", (request) => {
    if (
      !request.url().startsWith(chain.rpcUrl) ||
      request.method() !== "POST"
    ) {
      return;
    }
    if (shown) {
      load.afterBlock++;
      return;
    }
    load.requests++;
    const body = JSON.parse(request.postData() ?? "null") as
      { method: string } | { method: string }[] | null;
    for (const call of Array.isArray(body) ? body : body ? [body] : []) {
      load.calls++;
      load.methods[call.method] = (load.methods[call.method] ?? 0) + 1;
    }
  });

  try {
    const begin = Date.now();
    await page.goto(new URL(spec.path(dao), appUrl).href);
    // The app's error notice ends the wait at once: the content will not come.
    const failed = page
      .getByText(/^Something went wrong/)
      .first()
      .waitFor({ timeout: CONTENT_TIMEOUT_MS })
      .then(() => {
        throw new Error("the page shows its error notice");
      });
    failed.catch(() => {});
    await Promise.race([spec.content(page, dao), failed]);
    load.contentMs = Date.now() - begin;
    shown = true;
    if (newBlock) {
      // The app refetches its queries on every new block.
      await rpc(chain.rpcUrl, "evm_mine");
      await page.waitForTimeout(AFTER_BLOCK_MS);
    }
  } catch (error) {
    const shot = path.join(OUT, `failed-${spec.key}-${dao.proposals}.png`);
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    const details = await page
      .locator(".notice-error details")
      .evaluateAll((all) => all.map((d) => d.textContent ?? ""))
      .catch(() => []);
    const said = [...details, ...problems]
      .map((text) =>
        text
          .replace(/^Details/, "")
          .replace(/\s+/g, " ")
          .trim(),
      )
      .filter(Boolean);
    const failure = new PageFailedError(
      `${spec.label} did not show its content with ${dao.proposals} proposals ` +
        `(screenshot: ${path.relative(ROOT, shot)}): ` +
        said.join(" | ").slice(0, 600),
      { cause: error },
    );
    failure.summary = `FAILED: ${(said[0] ?? String(error)).slice(0, 110)}`;
    throw failure;
  } finally {
    await context.close();
  }
  return load;
}

await mkdir(OUT, { recursive: true });
const appDir = path.join(OUT, "app-src");
const appPort = await freePort();
const appUrl = `http://127.0.0.1:${appPort}`;

console.log("app: starting a node, deploying, and building the app…");
const chain = await startChain();
try {
  await copyApp(appDir, process.env.BENCH_APP_REF);
  await run("bench-next-build", "next", ["build", appDir], chain.env);
  console.log(`app: built (${elapsed()})`);
  const app = startService(
    "bench-next-start",
    "next",
    ["start", appDir, "-H", "127.0.0.1", "-p", String(appPort)],
    chain.env,
  );
  await waitUntil(
    "next start",
    async () => (await fetch(appUrl, { redirect: "manual" })).status > 0,
    { service: app },
  );

  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

  const dao = new GrowingDao(chain.rpcUrl, chain.deployment, chain.accounts);
  await dao.prepare();
  const results = new Map<string, PageLoad[]>();
  const failures = new Map<string, string>();
  const seedSeconds: Record<number, number> = {};
  for (const size of SIZES) {
    const seedStart = Date.now();
    await dao.growTo(size);
    seedSeconds[size] = (Date.now() - seedStart) / 1000;
    newestProposalId = dao.newestProposalId;
    console.log(
      `app: ${size} proposals and NFTs seeded in ${seedSeconds[size].toFixed(1)} s` +
        ` (block ${BigInt((await rpc(chain.rpcUrl, "eth_blockNumber")) as string)})`,
    );
    for (const spec of PAGES) {
      const loads: PageLoad[] = [];
      try {
        // One load first, not counted: next start's caches warm up.
        await loadOnce(browser, chain, appUrl, spec, dao);
        for (let i = 0; i < RUNS; i++) {
          loads.push(
            await loadOnce(browser, chain, appUrl, spec, dao, {
              newBlock: i === 0,
            }),
          );
        }
      } catch (error) {
        if (!(error instanceof PageFailedError)) throw error;
        failures.set(`${spec.key}@${size}`, error.summary);
        console.log(`app:   ${spec.label.padEnd(16)} FAILED: ${error.message}`);
        continue;
      }
      results.set(`${spec.key}@${size}`, loads);
      const m = (pick: (l: PageLoad) => number) => median(loads.map(pick));
      console.log(
        `app:   ${spec.label.padEnd(16)} ${m((l) => l.requests)} requests, ` +
          `${m((l) => l.calls)} calls, ${m((l) => l.contentMs)} ms; ` +
          `${loads[0].afterBlock} requests after a block; ` +
          JSON.stringify(loads[0].methods),
      );
    }
  }
  await browser.close();

  const firstLoad: BenchRow[] = [];
  for (const route of builtRoutes(appDir)) {
    const concrete = route
      .replace("/proposals/[id]", `/proposals/${newestProposalId}`)
      .replace(/\[[^\]]+\]/g, "1");
    const { scripts, gzipped } = await firstLoadJs(appUrl, concrete);
    firstLoad.push({
      name: `First Load JS ${route}`,
      ours: Math.round((gzipped / 1024) * 10) / 10,
      baseline: null,
      ratio: null,
      unit: "KiB gz",
      goal: "",
      runs: 1,
      note: `${scripts} scripts`,
    });
  }

  const rows: BenchRow[] = [];
  for (const spec of PAGES) {
    const at = (size: number, pick: (l: PageLoad) => number) => {
      const loads = results.get(`${spec.key}@${size}`);
      return loads ? median(loads.map(pick)) : null;
    };
    const metrics: [string, (l: PageLoad) => number, string, string][] = [
      [
        "RPC requests",
        (l) => l.requests,
        "requests",
        spec.key === "list" ? "flat" : "",
      ],
      ["RPC calls", (l) => l.calls, "calls", ""],
      ["content shown", (l) => l.contentMs, "ms", ""],
      [
        "RPC requests in 5 s after a block",
        (l) => l.afterBlock,
        "requests",
        "",
      ],
    ];
    for (const [metric, pick, unit, goal] of metrics) {
      const once = metric.includes("after a block");
      for (const size of SIZES) {
        const ours = once
          ? (results.get(`${spec.key}@${size}`)?.[0].afterBlock ?? null)
          : at(size, pick);
        const base = once
          ? (results.get(`${spec.key}@${SIZES[0]}`)?.[0].afterBlock ?? null)
          : at(SIZES[0], pick);
        const rowGoal =
          metric === "content shown" && spec.key === "list" && size === 1000
            ? "< 2000 ms"
            : size === SIZES[0]
              ? ""
              : goal === "flat"
                ? "≤ 1.00"
                : "";
        rows.push({
          name: `${spec.label} ${metric} @${size}`,
          ours,
          baseline: size === SIZES[0] ? null : base,
          ratio: size === SIZES[0] ? null : ratio(ours, base),
          unit,
          goal: rowGoal,
          runs: ours === null ? 0 : once ? 1 : RUNS,
          note:
            failures.get(`${spec.key}@${size}`) ??
            (size === SIZES[0] ? "" : `baseline: same page at ${SIZES[0]}`),
        });
      }
    }
  }
  rows.push(...firstLoad);
  rows.push({
    name: "seed 1,000 proposals + 1,000 NFTs (from 100)",
    ours: Math.round(seedSeconds[1000] * 10) / 10,
    baseline: null,
    ratio: null,
    unit: "s",
    goal: "",
    runs: 1,
    note: "bench/lib/grow-dao.ts, 50 txs per block",
  });
  await writeFile(
    path.join(OUT, "app.json"),
    JSON.stringify(rows, null, 2) + "\n",
  );
  await writeFile(
    path.join(OUT, "app-raw.json"),
    JSON.stringify(
      {
        loads: Object.fromEntries(results),
        failures: Object.fromEntries(failures),
      },
      null,
      2,
    ) + "\n",
  );
  console.log(`app: done in ${elapsed()}`);
} finally {
  await stopAllServices();
  await chain.stop();
}
