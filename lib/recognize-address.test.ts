import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type Address, getAddress } from "viem";

import type { Deployment } from "./deployments.ts";
import { knownAddresses, recognizeAddress } from "./recognize-address.ts";

const TREASURY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const ACCOUNT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

const contract = (address: Address) => ({ address, deployBlock: 1 });
const deployment: Deployment = {
  chainId: 31337,
  contracts: {
    GovernanceToken: contract("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"),
    CommunityNFT: contract("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
    DAOGovernor: contract("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"),
    Treasury: contract(TREASURY),
  },
};
const known = knownAddresses(deployment, ACCOUNT);

/** An address with the same first and last four hex digits as `address`. */
const lookalikeOf = (address: string, middle = "0".repeat(32)): Address =>
  getAddress(`0x${address.slice(2, 6)}${middle}${address.slice(-4)}`);

describe("recognizeAddress", () => {
  it("default: names an exact match of a DAO contract in a quiet hint", () => {
    const match = recognizeAddress(TREASURY, known);

    assert.equal(match?.kind, "exact");
    assert.equal(match?.message, "This is the Treasury.");
  });

  it("behavior: warns about a different address with the same first and last four digits", () => {
    const match = recognizeAddress(lookalikeOf(TREASURY), known);

    assert.equal(match?.kind, "lookalike");
    assert.equal(match?.known.address, TREASURY);
    assert.equal(
      match?.message,
      "This looks like the Treasury but is a different address: " +
        `compare every digit with ${TREASURY}.`,
    );
  });

  it("behavior: compares without regard to case, on either side", () => {
    const lowercased = knownAddresses(
      {
        ...deployment,
        contracts: {
          ...deployment.contracts,
          Treasury: contract(TREASURY.toLowerCase() as Address),
        },
      },
      ACCOUNT,
    );

    assert.equal(recognizeAddress(TREASURY, lowercased)?.kind, "exact");
    const lookalike = recognizeAddress(lookalikeOf(TREASURY), lowercased);
    assert.equal(lookalike?.kind, "lookalike");
    assert.match(lookalike?.message ?? "", new RegExp(`with ${TREASURY}\\.$`));
  });

  it("behavior: leaves unrelated addresses and near misses alone", () => {
    // Same first four digits only, then same last four only.
    const samePrefix = getAddress(`0x${TREASURY.slice(2, 6)}${"1".repeat(36)}`);
    const sameSuffix = getAddress(`0x${"1".repeat(36)}${TREASURY.slice(-4)}`);

    for (const address of [
      "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",
      samePrefix,
      sameSuffix,
    ] as const) {
      assert.equal(recognizeAddress(address, known), null, address);
    }
  });

  it("behavior: knows the connected account, and its lookalikes", () => {
    assert.equal(
      recognizeAddress(ACCOUNT, known)?.message,
      "This is your connected account.",
    );
    assert.equal(
      recognizeAddress(lookalikeOf(ACCOUNT, "f".repeat(32)), known)?.message,
      "This looks like your connected account but is a different address: " +
        `compare every digit with ${ACCOUNT}.`,
    );
    const withoutWallet = knownAddresses(deployment);
    assert.equal(recognizeAddress(ACCOUNT, withoutWallet), null);
  });
});
