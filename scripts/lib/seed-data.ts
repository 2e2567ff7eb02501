import { parseEther } from "viem";

/**
 * The demo DAO the seed builds on a local node. Account indexes refer to the
 * node's default accounts; account 0 deployed the DAO and holds the initial
 * distribution.
 */

/** Tokens sent from account 0 to each other account. */
export const TOKEN_GRANTS: ReadonlyArray<{ account: number; amount: bigint }> =
  [
    { account: 1, amount: parseEther("420000") },
    { account: 2, amount: parseEther("260000") },
    { account: 3, amount: parseEther("150000") },
    { account: 4, amount: parseEther("85000") },
    { account: 5, amount: parseEther("50000") },
    { account: 6, amount: parseEther("32000") },
    { account: 7, amount: parseEther("18000") },
    { account: 8, amount: parseEther("6500") },
    { account: 9, amount: parseEther("2400") },
  ];

/** Who each account delegates to; account 5 is left undelegated on purpose. */
export const DELEGATIONS: ReadonlyArray<{ account: number; to: number }> = [
  { account: 0, to: 0 },
  { account: 1, to: 1 },
  { account: 2, to: 2 },
  { account: 3, to: 1 },
  { account: 4, to: 4 },
  { account: 6, to: 2 },
  { account: 7, to: 7 },
  { account: 8, to: 0 },
  { account: 9, to: 9 },
];

/** NFTs each account mints at the collection's price. */
export const NFT_MINTS: ReadonlyArray<{ account: number; quantity: bigint }> = [
  { account: 1, quantity: 3n },
  { account: 2, quantity: 1n },
  { account: 4, quantity: 2n },
  { account: 7, quantity: 5n },
];

/** ETH account 0 donates to the treasury. */
export const TREASURY_DONATION = parseEther("25");

export const PROPOSAL_TEXTS = {
  events: `# Fund the community events budget for Q1

## Summary
Send **5 ETH** from the treasury to the events steward to cover three
community meetups and the quarterly online summit.

## Budget
| Item | ETH |
| --- | --- |
| Venue and catering, three meetups | 3.0 |
| Summit streaming and captions | 1.2 |
| Travel grants for speakers | 0.8 |

## Accountability
The steward publishes receipts in the forum within 30 days of each event;
unspent funds return to the treasury.`,

  mintPrice: `# Lower the badge mint price to 0.005 ETH

Newcomers told us that **0.01 ETH** per badge is a barrier. Halving the
price doubles what the same budget buys, and the treasury still receives
every payment.

- New price: 0.005 ETH per badge
- Effective as soon as the proposal executes
- We revisit the price after 500 more mints`,

  docsGrant: `# Grant 25,000 CMN to the documentation working group

The docs group rewrote the onboarding guide and the delegate handbook.
This grant funds the next six months:

1. Translations into Spanish and Portuguese
2. A video walkthrough of voting and delegation
3. Quarterly reviews of every page

Tokens are sent from the treasury to the group's multisig.`,

  pauseMint: `# Pause badge minting for a month

A few members proposed pausing mints until the new artwork ships.
Minting stays paused until a later proposal resumes it.

> Note: pausing stops treasury income from mints for the whole period.`,

  report: `# Commission a treasury diversification report

The treasury holds almost everything in ETH and our own token. This
proposal pays **2 ETH** to an independent analyst for a report on:

- risks of the current allocation,
- options for stable assets and their custody,
- a policy for future votes on spending.

The report will be published in full before any follow-up proposal.`,

  newcomers: `# Welcome grants for the next 50 newcomers

Mint **50,000 CMN** into the treasury for welcome grants of 1,000 CMN each,
handed out by the onboarding team after a newcomer's first forum post.`,
} as const;
