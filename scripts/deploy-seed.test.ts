import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { createPublicClient, http, keccak256, toHex, zeroHash } from "viem";
import { hardhat } from "viem/chains";

import {
  daoGovernorAbi,
  governanceTokenAbi,
  treasuryAbi,
} from "../generated/abis.ts";
import { parseDeployment, type Deployment } from "../lib/deployments.ts";
import { proposalStateName } from "../lib/proposals/proposal.ts";
import {
  type LocalNode,
  runAgainst,
  startLocalNode,
} from "./lib/local-node.ts";

const DEPLOYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

describe("deploy and seed against a running node", () => {
  let node: LocalNode;
  let dir: string;
  const id = `test-deploy-seed-${process.pid}`;

  before(async () => {
    node = await startLocalNode();
    dir = mkdtempSync(path.join(os.tmpdir(), "dao-deployments-"));
  });

  after(async () => {
    await node?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(
      path.join(import.meta.dirname, "..", "ignition", "deployments", id),
      {
        recursive: true,
        force: true,
      },
    );
  });

  let deployment: Deployment;
  const client = () =>
    createPublicClient({ chain: hardhat, transport: http(node.url) });

  it("deploy writes deployments/<chainId>.json with code at every address", async () => {
    const { code, output } = await runAgainst(node, "deploy", dir, id);
    assert.equal(code, 0, output);

    deployment = parseDeployment(
      JSON.parse(readFileSync(path.join(dir, "31337.json"), "utf8")),
    );
    assert.equal(deployment.chainId, 31337);
    for (const { address, deployBlock } of Object.values(
      deployment.contracts,
    )) {
      const code = await client().getCode({ address });
      assert.ok(code && code.length > 2, `no code at ${address}`);
      const before = await client().getCode({
        address,
        blockNumber: BigInt(deployBlock - 1),
      });
      assert.equal(
        before,
        undefined,
        `code at ${address} before its deploy block`,
      );
    }
  });

  it("leaves the treasury to the governor alone", async () => {
    const { Treasury, DAOGovernor } = deployment.contracts;
    const hasRole = (role: `0x${string}`, account: `0x${string}`) =>
      client().readContract({
        address: Treasury.address,
        abi: treasuryAbi,
        functionName: "hasRole",
        args: [role, account],
      });
    assert.equal(await hasRole(zeroHash, DEPLOYER), false);
    assert.equal(
      await hasRole(keccak256(toHex("PROPOSER_ROLE")), DAOGovernor.address),
      true,
    );
    assert.equal(
      await hasRole(keccak256(toHex("PROPOSER_ROLE")), DEPLOYER),
      false,
    );
  });

  it("seed creates proposals in every lifecycle state and an undelegated holder", async () => {
    const { code, output } = await runAgainst(node, "seed", dir, id);
    assert.equal(code, 0, output);

    const { DAOGovernor, GovernanceToken } = deployment.contracts;
    const created = await client().getContractEvents({
      address: DAOGovernor.address,
      abi: daoGovernorAbi,
      eventName: "ProposalCreated",
      fromBlock: BigInt(DAOGovernor.deployBlock),
    });
    const states = new Set<string>();
    for (const event of created) {
      const state = await client().readContract({
        address: DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "state",
        args: [event.args.proposalId!],
      });
      states.add(proposalStateName(state));
      assert.match(
        event.args.description!,
        /^# \S/,
        "descriptions start with a title",
      );
    }
    for (const expected of [
      "Active",
      "Defeated",
      "Succeeded",
      "Queued",
      "Executed",
    ]) {
      assert.ok(
        states.has(expected),
        `no ${expected} proposal (have ${[...states].join(", ")})`,
      );
    }

    const account5 = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
    const read = (
      functionName: "balanceOf" | "delegates",
      args: readonly [`0x${string}`],
    ) =>
      client().readContract({
        address: GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName,
        args,
      });
    assert.ok(((await read("balanceOf", [account5])) as bigint) > 0n);
    assert.equal(
      await read("delegates", [account5]),
      "0x0000000000000000000000000000000000000000",
    );
  });

  it("a second seed of the same chain changes nothing", async () => {
    const { code, output } = await runAgainst(node, "seed", dir, id);
    assert.equal(code, 0, output);
    assert.match(output, /already has \d+ proposals; nothing to seed/);
  });
});
