// Gas of the DAO's contracts against plain OpenZeppelin baselines
// (bench/contracts/), deployed side by side on one in-process EDR chain and
// driven through the same steps. Every figure comes from a receipt's gasUsed.
// Writes bench/out/gas.json; scripts/bench.mjs prints and merges it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import {
  type Abi,
  type Address,
  type Hex,
  encodeFunctionData,
  getAddress,
  keccak256,
  parseEther,
  toHex,
  zeroAddress,
} from "viem";

import { OUT, buildContracts, createBenchHre } from "./lib/hre.ts";
import { type BenchRow, median, ratio } from "./lib/stats.ts";

const RUNS = 3;
const VOTING_DELAY = 60n;
const VOTING_PERIOD = 600n;
const TIMELOCK_DELAY = 60n;
const LATE_QUORUM = 120n;
const THRESHOLD = parseEther("1000");
const QUORUM_PERCENT = 4n;
const MINT_PRICE = parseEther("0.01");
const PROPOSER_ROLE = keccak256(toHex("PROPOSER_ROLE"));
const CANCELLER_ROLE = keccak256(toHex("CANCELLER_ROLE"));

const started = Date.now();
const hre = await createBenchHre();
await buildContracts(hre);
console.log(`gas: compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// Each suite gets its own chain, driven by the same transactions in the same
// order, so contracts, proposals and calldata land on the same addresses and
// ids: the only difference left between the two columns is the code.
type Connection = Awaited<ReturnType<typeof hre.network.create>>;
let connection!: Connection;
let publicClient!: Awaited<ReturnType<Connection["viem"]["getPublicClient"]>>;
let wallets!: Awaited<ReturnType<Connection["viem"]["getWalletClients"]>>;
const account = (index: number): Address => wallets[index].account.address;

async function connect() {
  connection = await hre.network.create();
  publicClient = await connection.viem.getPublicClient();
  wallets = await connection.viem.getWalletClients();
}

interface Deployed {
  address: Address;
  abi: Abi;
}

async function deploy(name: string, args: readonly unknown[]) {
  const { abi, bytecode } = await hre.artifacts.readArtifact(name);
  const hash = await wallets[0].deployContract({
    abi,
    bytecode: bytecode as Hex,
    args,
  });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success" || !receipt.contractAddress) {
    throw new Error(`deploying ${name} failed`);
  }
  const contract: Deployed = {
    address: receipt.contractAddress,
    abi: abi as Abi,
  };
  return { contract, gas: Number(receipt.gasUsed) };
}

/** Sends `functionName(args)` from account `from`; returns its gasUsed. */
async function send(
  from: number,
  contract: Deployed,
  functionName: string,
  args: readonly unknown[] = [],
  value = 0n,
): Promise<number> {
  const hash = await wallets[from].sendTransaction({
    to: contract.address,
    data: encodeFunctionData({ abi: contract.abi, functionName, args }),
    value,
  });
  const receipt = await publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") {
    throw new Error(`${functionName} from account ${from} reverted`);
  }
  return Number(receipt.gasUsed);
}

async function advance(seconds: bigint) {
  await connection.networkHelpers.time.increase(seconds);
}

interface Suite {
  label: "ours" | "baseline";
  token: Deployed;
  governor: Deployed;
  timelock: Deployed;
  nft: Deployed;
  deployGas: Record<string, number>;
}

/**
 * Deploys one DAO. Both suites are wired the same way: the governor proposes
 * and cancels in the timelock, anyone executes, and the deployer owns the
 * token so that it can hand out balances without a proposal.
 */
async function deploySuite(label: Suite["label"]): Promise<Suite> {
  const governorArgs = (token: Address, timelock: Address) => [
    token,
    timelock,
    VOTING_DELAY,
    VOTING_PERIOD,
    THRESHOLD,
    QUORUM_PERCENT,
    LATE_QUORUM,
  ];
  const deployer = account(0);
  const names =
    label === "ours"
      ? ["Treasury", "GovernanceToken", "DAOGovernor", "CommunityNFT"]
      : [
          "BaselineTimelock",
          "BaselineToken",
          "BaselineGovernor",
          "BaselineNFT",
        ];

  const timelock =
    label === "ours"
      ? await deploy(names[0], [TIMELOCK_DELAY, deployer])
      : await deploy(names[0], [TIMELOCK_DELAY, [], [zeroAddress], deployer]);
  const token =
    label === "ours"
      ? await deploy(names[1], [
          "Commons",
          "CMN",
          deployer,
          parseEther("100000000"),
          0n,
          [],
          [],
        ])
      : await deploy(names[1], [deployer]);
  const governor = await deploy(
    names[2],
    governorArgs(token.contract.address, timelock.contract.address),
  );
  const nft =
    label === "ours"
      ? await deploy(names[3], [
          "Commons Badge",
          "CBADGE",
          timelock.contract.address,
          MINT_PRICE,
          10_000n,
          20n,
          500n,
        ])
      : await deploy(names[3], [
          timelock.contract.address,
          MINT_PRICE,
          deployer,
        ]);

  for (const role of [PROPOSER_ROLE, CANCELLER_ROLE]) {
    await send(0, timelock.contract, "grantRole", [
      role,
      governor.contract.address,
    ]);
  }
  return {
    label,
    token: token.contract,
    governor: governor.contract,
    timelock: timelock.contract,
    nft: nft.contract,
    deployGas: {
      token: token.gas,
      governor: governor.gas,
      timelock: timelock.gas,
      nft: nft.gas,
    },
  };
}

// Accounts 1-3 vote and delegate at once; 4-6 hold tokens but delegate only
// when measured; 7 receives the proposals' transfers; 10-15 mint NFTs.
const HOLDINGS: Array<[number, bigint]> = [
  [1, parseEther("3000000")],
  [2, parseEther("100000")],
  [3, parseEther("100000")],
  [4, parseEther("50000")],
  [5, parseEther("50000")],
  [6, parseEther("50000")],
];

async function fund(suite: Suite) {
  for (const [index, amount] of HOLDINGS) {
    await send(0, suite.token, "mint", [account(index), amount]);
  }
  await send(0, suite.token, "mint", [
    suite.timelock.address,
    parseEther("1000"),
  ]);
  for (const index of [1, 2, 3]) {
    await send(index, suite.token, "delegate", [account(index)]);
  }
}

type Samples = Record<string, number[]>;

function record(samples: Samples, name: string, gas: number) {
  (samples[name] ??= []).push(gas);
}

/** One proposal from propose to execute, recording each step's gas. */
async function governanceRound(suite: Suite, round: number, samples: Samples) {
  const targets = [suite.token.address];
  const values = [0n];
  const calldatas = [
    encodeFunctionData({
      abi: suite.token.abi,
      functionName: "transfer",
      args: [account(7), parseEther("1")],
    }),
  ];
  const description = `# Bench proposal ${round}\n\nSend 1 token to account 7.`;
  const descriptionHash = keccak256(toHex(description));

  record(
    samples,
    "propose",
    await send(1, suite.governor, "propose", [
      targets,
      values,
      calldatas,
      description,
    ]),
  );
  const proposalId = (await publicClient.readContract({
    address: suite.governor.address,
    abi: suite.governor.abi,
    functionName: "hashProposal",
    args: [targets, values, calldatas, descriptionHash],
  })) as bigint;

  await advance(VOTING_DELAY + 1n);
  record(
    samples,
    "castVote",
    await send(2, suite.governor, "castVote", [proposalId, 1]),
  );
  record(
    samples,
    "castVoteWithReason",
    await send(3, suite.governor, "castVoteWithReason", [
      proposalId,
      1,
      "The treasury can spare it.",
    ]),
  );
  // Account 1's vote reaches quorum; it is the same in both suites and not a row.
  await send(1, suite.governor, "castVote", [proposalId, 1]);

  await advance(VOTING_PERIOD + LATE_QUORUM);
  const args = [targets, values, calldatas, descriptionHash];
  record(samples, "queue", await send(4, suite.governor, "queue", args));
  await advance(TIMELOCK_DELAY + 1n);
  record(samples, "execute", await send(4, suite.governor, "execute", args));
}

async function measure(suite: Suite): Promise<Samples> {
  const samples: Samples = {};
  await fund(suite);

  for (let run = 0; run < RUNS; run++) {
    record(
      samples,
      "transfer",
      await send(1, suite.token, "transfer", [account(2), parseEther("1")]),
    );
    record(
      samples,
      "delegate",
      await send(4 + run, suite.token, "delegate", [account(4 + run)]),
    );
  }
  for (let round = 0; round < RUNS; round++) {
    await governanceRound(suite, round, samples);
  }

  // A first mint (not a row) so that both collections' counters are non-zero.
  await send(0, suite.nft, "mint", [1n], MINT_PRICE);
  for (let run = 0; run < RUNS; run++) {
    record(
      samples,
      "mint1",
      await send(10 + run, suite.nft, "mint", [1n], MINT_PRICE),
    );
    const gas10 = await send(
      13 + run,
      suite.nft,
      "mint",
      [10n],
      10n * MINT_PRICE,
    );
    record(samples, "mint10", gas10 / 10);
  }
  if (suite.label === "baseline") {
    // A leaner reference than the Wizard's: no stored token URI.
    const { contract: plain } = await deploy("BaselinePlainNFT", [
      suite.timelock.address,
      MINT_PRICE,
    ]);
    await send(0, plain, "mint", [1n], MINT_PRICE);
    for (let run = 0; run < RUNS; run++) {
      record(
        samples,
        "plainMint1",
        await send(16 + run, plain, "mint", [1n], MINT_PRICE),
      );
      const gas10 = await send(
        16 + run,
        plain,
        "mint",
        [10n],
        10n * MINT_PRICE,
      );
      record(samples, "plainMint10", gas10 / 10);
    }
  }
  return samples;
}

await connect();
const ours = await deploySuite("ours");
const oursSamples = await measure(ours);
await connection.close();

await connect();
const baseline = await deploySuite("baseline");
const baselineSamples = await measure(baseline);
await connection.close();

for (const key of ["token", "governor", "timelock", "nft"] as const) {
  if (getAddress(ours[key].address) !== getAddress(baseline[key].address)) {
    throw new Error(`the suites' ${key} addresses differ: calldata would too`);
  }
}

/**
 * What the extra gas of a row above its goal pays for. The governance rows
 * run the same OpenZeppelin code as the baseline (our token's clock() is the
 * Wizard's plain cast too), so only the NFT rows have extras to explain.
 */
const OVER_GOAL: Record<string, string> = {
  mint1: "limits, pause and the payment to the treasury",
  mint10: "limits, pause and the payment to the treasury",
};
const NOTES: Record<string, string> = {
  mint1: "baseline stores a token URI per token (URI storage)",
  mint10: "one call each; baseline loops _safeMint + _setTokenURI",
};

function gasRow(
  key: string,
  name: string,
  goal: number,
  unit = "gas",
  samples: [Samples, Samples] = [oursSamples, baselineSamples],
  baselineKey = key,
): BenchRow {
  const o = median(samples[0][key]);
  const b = median(samples[1][baselineKey]);
  const r = ratio(o, b);
  const over = r !== null && r > goal;
  return {
    name,
    ours: Math.round(o),
    baseline: Math.round(b),
    ratio: r,
    unit,
    goal: `≤ ${goal.toFixed(2)}`,
    runs: samples[0][key].length,
    note: over
      ? `+${Math.round(o - b)} ${unit} buys: ${OVER_GOAL[key] ?? "see README"}`
      : (NOTES[key] ?? ""),
  };
}

const DEPLOY_NOTES: Record<string, string> = {
  timelock: "baseline: TimelockController",
  token: "extra buys cap, Minted event, initial allocation",
  governor: "same extensions",
  nft: "extra buys on-chain SVG art, ERC-2981, pause, settings",
};

function deployRow(key: string, ourName: string): BenchRow {
  const o = ours.deployGas[key];
  const b = baseline.deployGas[key];
  return {
    name: `deploy ${ourName}`,
    ours: o,
    baseline: b,
    ratio: ratio(o, b),
    unit: "gas",
    goal: "",
    runs: 1,
    note: DEPLOY_NOTES[key],
  };
}

const plainSamples: [Samples, Samples] = [oursSamples, baselineSamples];
const rows: BenchRow[] = [
  gasRow("transfer", "transfer (both delegated)", 1),
  gasRow("delegate", "delegate (first, to self)", 1),
  gasRow("propose", "propose (1 action)", 1),
  gasRow("castVote", "castVote", 1),
  gasRow("castVoteWithReason", "castVoteWithReason", 1),
  gasRow("queue", "queue", 1),
  gasRow("execute", "execute (1 token transfer)", 1),
  gasRow("mint1", "mint 1 NFT", 1),
  gasRow("mint10", "mint 10 NFTs, per token", 0.2, "gas/token"),
  {
    ...gasRow(
      "mint10",
      "mint 10 NFTs, per token, vs plain ERC-721",
      1,
      "gas/token",
      plainSamples,
      "plainMint10",
    ),
    goal: "",
    note: "reference: ERC-721 without stored URIs",
  },
  deployRow("timelock", "Treasury"),
  deployRow("token", "GovernanceToken"),
  deployRow("governor", "DAOGovernor"),
  deployRow("nft", "CommunityNFT"),
];

await mkdir(OUT, { recursive: true });
await writeFile(
  path.join(OUT, "gas.json"),
  JSON.stringify(rows, null, 2) + "\n",
);
console.log(`gas: measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);
