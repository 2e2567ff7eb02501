import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, it } from "node:test";

import { InvalidAppConfigError, loadAppConfig } from "./app-config.ts";

const contract = (address: string, deployBlock: number) => ({
  address,
  deployBlock,
});
const record = (chainId: number) => ({
  chainId,
  contracts: {
    GovernanceToken: contract("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0", 3),
    CommunityNFT: contract("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512", 2),
    DAOGovernor: contract("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9", 4),
    Treasury: contract("0x5FbDB2315678afecb367f032d93F642f64180aa3", 1),
  },
});

describe("loadAppConfig", () => {
  let dir = "";

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "app-config-"));
    await writeFile(
      path.join(dir, "31337.json"),
      JSON.stringify(record(31337)),
    );
    await writeFile(path.join(dir, "5.json"), JSON.stringify(record(1)));
    await writeFile(path.join(dir, "7.json"), "{ not json");
  });

  it("default: uses the local node and reads deployments/<chainId>.json", async () => {
    const config = await loadAppConfig({ DAO_DEPLOYMENTS_DIR: dir });

    assert.equal(config.rpcUrl, "http://127.0.0.1:8545");
    assert.equal(config.chainId, 31337);
    assert.equal(config.deployment?.contracts.DAOGovernor.deployBlock, 4);
    assert.equal(config.deploymentProblem, null);
  });

  it("args: follows DAO_RPC_URL and DAO_CHAIN_ID", async () => {
    const config = await loadAppConfig({
      DAO_RPC_URL: "http://127.0.0.1:8601",
      DAO_CHAIN_ID: "31337",
      DAO_DEPLOYMENTS_DIR: dir,
    });

    assert.equal(config.rpcUrl, "http://127.0.0.1:8601");
  });

  it("behavior: a missing, foreign or broken file is a problem, not a crash", async () => {
    const problem = async (chainId: string) =>
      (await loadAppConfig({ DAO_CHAIN_ID: chainId, DAO_DEPLOYMENTS_DIR: dir }))
        .deploymentProblem;

    assert.match((await problem("1")) ?? "", /No deployment file at .*1\.json/);
    assert.match(
      (await problem("5")) ?? "",
      /is for chain 1, but DAO_CHAIN_ID is 5/,
    );
    assert.match((await problem("7")) ?? "", /is not a valid deployment/);
  });

  it("error: refuses a bad chain id or RPC URL", async () => {
    await assert.rejects(
      loadAppConfig({ DAO_CHAIN_ID: "abc" }),
      InvalidAppConfigError,
    );
    await assert.rejects(
      loadAppConfig({ DAO_RPC_URL: "ftp://example.com" }),
      InvalidAppConfigError,
    );
  });
});
