import { network } from "hardhat";
import {
  type Address,
  encodeFunctionData,
  formatEther,
  keccak256,
  parseEther,
  toHex,
} from "viem";

import {
  communityNftAbi,
  daoGovernorAbi,
  governanceTokenAbi,
} from "../generated/abis.ts";
import { proposalStateName } from "../lib/proposals/proposal.ts";
import { readDeployment } from "./lib/deploy-dao.ts";
import {
  DELEGATIONS,
  NFT_MINTS,
  PROPOSAL_TEXTS,
  TOKEN_GRANTS,
  TREASURY_DONATION,
} from "./lib/seed-data.ts";

const VOTE = { against: 0, for: 1, abstain: 2 } as const;

const connection = await network.create();
const { viem } = connection;
const publicClient = await viem.getPublicClient();
const wallets = await viem.getWalletClients();
const chainId = await publicClient.getChainId();
const deployment = readDeployment(chainId);
const { GovernanceToken, CommunityNFT, DAOGovernor, Treasury } =
  deployment.contracts;

const token = await viem.getContractAt(
  "GovernanceToken",
  GovernanceToken.address,
);
const nft = await viem.getContractAt("CommunityNFT", CommunityNFT.address);
const governor = await viem.getContractAt("DAOGovernor", DAOGovernor.address);
const account = (index: number): Address => wallets[index].account.address;

async function send(what: string, hash: Promise<`0x${string}`>) {
  const receipt = await publicClient.waitForTransactionReceipt({
    hash: await hash,
  });
  if (receipt.status !== "success") throw new Error(`${what} reverted`);
  console.log(`  ${what} (tx ${receipt.transactionHash.slice(0, 10)}…)`);
}

async function advance(seconds: bigint, why: string) {
  await publicClient.request({
    method: "evm_increaseTime" as never,
    params: [Number(seconds)] as never,
  });
  await publicClient.request({ method: "evm_mine" as never });
  console.log(`  advanced chain time by ${seconds} s (${why})`);
}

const existing = await publicClient.getContractEvents({
  address: DAOGovernor.address,
  abi: daoGovernorAbi,
  eventName: "ProposalCreated",
  fromBlock: BigInt(DAOGovernor.deployBlock),
});
if (existing.length > 0) {
  console.log(
    `The DAO on chain ${chainId} already has ${existing.length} proposals; nothing to seed.`,
  );
  process.exit(0);
}

console.log(
  `Seeding the demo DAO on ${connection.networkName} (chain ${chainId})…`,
);

console.log("Tokens:");
for (const { account: index, amount } of TOKEN_GRANTS) {
  await send(
    `sent ${formatEther(amount)} CMN to account ${index}`,
    token.write.transfer([account(index), amount], {
      account: wallets[0].account,
    }),
  );
}
for (const { account: index, to } of DELEGATIONS) {
  await send(
    `account ${index} delegated to ${index === to ? "itself" : `account ${to}`}`,
    token.write.delegate([account(to)], { account: wallets[index].account }),
  );
}

console.log("NFTs and treasury:");
const price = await nft.read.mintPrice();
for (const { account: index, quantity } of NFT_MINTS) {
  await send(
    `account ${index} minted ${quantity} badge(s)`,
    nft.write.mint([quantity], {
      account: wallets[index].account,
      value: price * quantity,
    }),
  );
}
await send(
  `account 0 donated ${formatEther(TREASURY_DONATION)} ETH to the treasury`,
  wallets[0].sendTransaction({
    to: Treasury.address,
    value: TREASURY_DONATION,
  }),
);

interface Action {
  target: Address;
  value: bigint;
  data: `0x${string}`;
}
interface Proposal {
  actions: Action[];
  description: string;
  proposer: number;
}
const idOf = (p: Proposal) =>
  governor.read.hashProposal([
    p.actions.map((a) => a.target),
    p.actions.map((a) => a.value),
    p.actions.map((a) => a.data),
    keccak256(toHex(p.description)),
  ]);

async function propose(p: Proposal, label: string) {
  await send(
    `proposed "${label}"`,
    governor.write.propose(
      [
        p.actions.map((a) => a.target),
        p.actions.map((a) => a.value),
        p.actions.map((a) => a.data),
        p.description,
      ],
      { account: wallets[p.proposer].account },
    ),
  );
  return idOf(p);
}

async function vote(id: bigint, voter: number, support: number, reason = "") {
  const choice = ["against", "for", "abstain"][support];
  await send(
    `account ${voter} voted ${choice}`,
    reason
      ? governor.write.castVoteWithReason([id, support, reason], {
          account: wallets[voter].account,
        })
      : governor.write.castVote([id, support], {
          account: wallets[voter].account,
        }),
  );
}

const tokenCall = (
  functionName: "transfer" | "mint",
  to: Address,
  amount: bigint,
) =>
  encodeFunctionData({
    abi: governanceTokenAbi,
    functionName,
    args: [to, amount],
  });

const events: Proposal = {
  proposer: 0,
  description: PROPOSAL_TEXTS.events,
  actions: [{ target: account(9), value: parseEther("5"), data: "0x" }],
};
const mintPrice: Proposal = {
  proposer: 1,
  description: PROPOSAL_TEXTS.mintPrice,
  actions: [
    {
      target: CommunityNFT.address,
      value: 0n,
      data: encodeFunctionData({
        abi: communityNftAbi,
        functionName: "setMintPrice",
        args: [parseEther("0.005")],
      }),
    },
  ],
};
const docsGrant: Proposal = {
  proposer: 2,
  description: PROPOSAL_TEXTS.docsGrant,
  actions: [
    {
      target: GovernanceToken.address,
      value: 0n,
      data: tokenCall("transfer", account(6), parseEther("25000")),
    },
  ],
};
const pauseMint: Proposal = {
  proposer: 4,
  description: PROPOSAL_TEXTS.pauseMint,
  actions: [
    {
      target: CommunityNFT.address,
      value: 0n,
      data: encodeFunctionData({
        abi: communityNftAbi,
        functionName: "setMintPaused",
        args: [true],
      }),
    },
  ],
};

console.log("Proposals:");
const eventsId = await propose(events, "Fund the community events budget");
const mintPriceId = await propose(mintPrice, "Lower the badge mint price");
const docsId = await propose(docsGrant, "Grant 25,000 CMN to the docs group");
const pauseId = await propose(pauseMint, "Pause badge minting");

await advance((await governor.read.votingDelay()) + 1n, "voting opens");
await vote(eventsId, 1, VOTE.for, "Meetups brought most of our new members.");
await vote(eventsId, 2, VOTE.for);
await vote(eventsId, 4, VOTE.abstain, "Fine by me, but publish receipts.");
await vote(mintPriceId, 0, VOTE.for);
await vote(
  mintPriceId,
  1,
  VOTE.for,
  "Lower barrier, same treasury income per mint.",
);
await vote(
  mintPriceId,
  7,
  VOTE.against,
  "Halving the price halves our income.",
);
await vote(docsId, 0, VOTE.for);
await vote(
  docsId,
  2,
  VOTE.for,
  "The onboarding guide is the best thing we shipped.",
);
await vote(
  pauseId,
  1,
  VOTE.against,
  "No reason to stop newcomers from joining.",
);
await vote(pauseId, 2, VOTE.against);
await vote(pauseId, 4, VOTE.for, "Let the new art land first.");

await advance((await governor.read.votingPeriod()) + 1n, "voting closes");
const queueArgs = (p: Proposal) =>
  [
    p.actions.map((a) => a.target),
    p.actions.map((a) => a.value),
    p.actions.map((a) => a.data),
    keccak256(toHex(p.description)),
  ] as const;
await send(
  'queued "Fund the community events budget"',
  governor.write.queue(queueArgs(events), { account: wallets[0].account }),
);
await send(
  'queued "Lower the badge mint price"',
  governor.write.queue(queueArgs(mintPrice), { account: wallets[1].account }),
);
const timelock = await viem.getContractAt("Treasury", Treasury.address);
await advance(
  (await timelock.read.getMinDelay()) + 1n,
  "timelock delay passes",
);
await send(
  'executed "Fund the community events budget"',
  governor.write.execute(queueArgs(events), { account: wallets[3].account }),
);

const report: Proposal = {
  proposer: 1,
  description: PROPOSAL_TEXTS.report,
  actions: [{ target: account(8), value: parseEther("2"), data: "0x" }],
};
const reportId = await propose(report, "Commission a treasury report");
await advance((await governor.read.votingDelay()) + 1n, "voting opens");
await vote(
  reportId,
  2,
  VOTE.for,
  "We should know our risks before spending more.",
);
await vote(reportId, 7, VOTE.against);

const newcomers: Proposal = {
  proposer: 0,
  description: PROPOSAL_TEXTS.newcomers,
  actions: [
    {
      target: GovernanceToken.address,
      value: 0n,
      data: tokenCall("mint", Treasury.address, parseEther("50000")),
    },
  ],
};
await propose(newcomers, "Welcome grants for newcomers");

console.log("Done. Proposal states now:");
for (const [label, id] of [
  ["Fund the community events budget", eventsId],
  ["Lower the badge mint price", mintPriceId],
  ["Grant 25,000 CMN to the docs group", docsId],
  ["Pause badge minting", pauseId],
  ["Commission a treasury report", reportId],
  ["Welcome grants for newcomers", await idOf(newcomers)],
] as const) {
  console.log(
    `  ${proposalStateName(await governor.read.state([id])).padEnd(9)} ${label}`,
  );
}
const treasuryEth = await publicClient.getBalance({
  address: Treasury.address,
});
console.log(`Treasury holds ${formatEther(treasuryEth)} ETH.`);
