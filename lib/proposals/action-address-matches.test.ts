import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type Address, getAddress } from "viem";

import type { Deployment } from "../deployments.ts";
import { knownAddresses } from "../recognize-address.ts";
import { actionAddressMatches } from "./action-address-matches.ts";

const TREASURY = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const TOKEN = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const contract = (address: Address) => ({ address, deployBlock: 1 });
const deployment: Deployment = {
  chainId: 31337,
  contracts: {
    GovernanceToken: contract(TOKEN),
    CommunityNFT: contract("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
    DAOGovernor: contract("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"),
    Treasury: contract(TREASURY),
  },
};
const known = knownAddresses(deployment);
const lookalikeOf = (address: string, middle = "0".repeat(32)): Address =>
  getAddress(`0x${address.slice(2, 6)}${middle}${address.slice(-4)}`);

describe("actionAddressMatches", () => {
  it("behavior: a lookalike recipient blocks until that address is confirmed", () => {
    const to = lookalikeOf(TREASURY);
    const typed = { template: "sendEth" as const, fields: { to, amount: "1" } };

    const [unconfirmed] = actionAddressMatches(typed, deployment, known);
    assert.equal(unconfirmed.field, "to");
    assert.equal(unconfirmed.match.kind, "lookalike");
    assert.equal(unconfirmed.blocks, true);

    const confirmed = { ...typed, confirmed: { to } };
    assert.equal(
      actionAddressMatches(confirmed, deployment, known)[0].blocks,
      false,
    );
    // A confirmation is for one address: another lookalike blocks again.
    const changed = {
      ...confirmed,
      fields: { to: lookalikeOf(TREASURY, "1".repeat(32)) },
    };
    assert.equal(
      actionAddressMatches(changed, deployment, known)[0].blocks,
      true,
    );
  });

  it("behavior: checks a custom call's other contract and address arguments", () => {
    const fields = {
      contract: "other",
      address: lookalikeOf(TOKEN),
      abi: JSON.stringify([
        {
          type: "function",
          name: "approve",
          stateMutability: "nonpayable",
          inputs: [
            { name: "spender", type: "address" },
            { name: "amount", type: "uint256" },
          ],
          outputs: [],
        },
      ]),
      function: "approve(address,uint256)",
      arg0: TREASURY.toLowerCase(),
      arg1: "1",
    };

    const matches = actionAddressMatches(
      { template: "custom", fields },
      deployment,
      known,
    );

    assert.deepEqual(
      matches.map(({ field, match, blocks }) => [field, match.kind, blocks]),
      [
        ["address", "lookalike", true],
        ["arg0", "exact", false],
      ],
    );
  });

  it("behavior: ignores invalid, unrelated and non-address fields", () => {
    const matches = actionAddressMatches(
      {
        template: "transferNft",
        fields: { to: "0x5FbD", tokenId: TREASURY },
      },
      deployment,
      known,
    );

    assert.deepEqual(matches, []);
  });
});
