import assert from "node:assert/strict";
import { before, describe, it } from "node:test";

import {
  createPublicClient,
  encodeErrorResult,
  http,
  parseEther,
  RawContractError,
  UserRejectedRequestError,
} from "viem";
import { mainnet } from "viem/chains";

import { communityNftAbi, daoGovernorAbi } from "../generated/abis.ts";
import { DAO_ERRORS_ABI, describeError, describeRevert } from "./errors.ts";
import { createLocalDao, type LocalDao } from "./testing/local-dao.ts";

/** Runs `action` and returns what it threw; fails if it did not throw. */
async function thrown(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  assert.fail("expected the call to throw");
}

describe("describeError", () => {
  let dao: LocalDao;

  before(async () => {
    dao = await createLocalDao();
  });

  it("error: names a wrong mint payment with both amounts", async () => {
    const { client, deployment, wallets } = dao;
    const error = await thrown(() =>
      client.simulateContract({
        account: wallets.carol.account,
        address: deployment.contracts.CommunityNFT.address,
        abi: communityNftAbi,
        functionName: "mint",
        args: [2n],
        value: parseEther("0.01"),
      }),
    );

    const described = describeError(error);

    assert.equal(described.kind, "revert");
    assert.equal(described.errorName, "CommunityNFTWrongPayment");
    assert.deepEqual(described.args, [parseEther("0.01"), parseEther("0.02")]);
    assert.match(described.message, /0\.01 ETH.*0\.02 ETH/);
  });

  it("error: explains a proposal below the threshold in votes", async () => {
    const { client, deployment, wallets } = dao;
    const error = await thrown(() =>
      client.simulateContract({
        account: wallets.carol.account,
        address: deployment.contracts.DAOGovernor.address,
        abi: daoGovernorAbi,
        functionName: "propose",
        args: [[deployment.contracts.Treasury.address], [0n], ["0x"], "# Hi"],
      }),
    );

    const described = describeError(error);

    assert.equal(described.errorName, "GovernorInsufficientProposerVotes");
    assert.match(described.message, /need 1,000 votes to propose but have 0/);
  });

  it("error: says only the treasury may change NFT settings", async () => {
    const { client, deployment, wallets } = dao;
    const error = await thrown(() =>
      client.simulateContract({
        account: wallets.alice.account,
        address: deployment.contracts.CommunityNFT.address,
        abi: communityNftAbi,
        functionName: "setMintPrice",
        args: [0n],
      }),
    );

    const described = describeError(error);

    assert.equal(described.errorName, "OwnableUnauthorizedAccount");
    assert.match(described.message, /only the DAO treasury/);
    assert.match(described.details.join("\n"), /OwnableUnauthorizedAccount/);
  });

  it("error: decodes raw revert data with the DAO's error ABI", () => {
    const data = encodeErrorResult({
      abi: DAO_ERRORS_ABI,
      errorName: "CommunityNFTSoldOut",
      args: [5n, 2n],
    });

    const described = describeError(new RawContractError({ data }));

    assert.equal(described.kind, "revert");
    assert.equal(
      described.message,
      "Only 2 tokens are left, so 5 cannot be minted.",
    );
  });

  it("error: reports missing ETH as insufficient funds", async () => {
    const { client, deployment, wallets } = dao;
    const balance = await client.getBalance({
      address: wallets.outsider.account.address,
    });
    const error = await thrown(() =>
      wallets.outsider.writeContract({
        address: deployment.contracts.CommunityNFT.address,
        abi: communityNftAbi,
        functionName: "mint",
        args: [1n],
        value: balance + 1n,
        gas: 200_000n,
      }),
    );

    const described = describeError(error);

    assert.equal(described.kind, "insufficient-funds");
    assert.match(described.message, /not have enough ETH/);
  });

  it("error: calls a wallet on another chain the wrong network", async () => {
    const { deployment, wallets } = dao;
    const error = await thrown(() =>
      wallets.alice.writeContract({
        chain: mainnet,
        address: deployment.contracts.CommunityNFT.address,
        abi: communityNftAbi,
        functionName: "mint",
        args: [1n],
        value: parseEther("0.01"),
      }),
    );

    assert.equal(describeError(error).kind, "wrong-chain");
  });

  it("error: says the node is down when nothing answers", async () => {
    const client = createPublicClient({
      transport: http("http://127.0.0.1:9", { retryCount: 0 }),
    });
    const error = await thrown(() => client.getBlockNumber());

    const described = describeError(error);

    assert.equal(described.kind, "rpc-down");
    assert.match(described.message, /node is not answering/);
  });

  it("behavior: a wallet rejection is a quiet cancel", () => {
    const viemError = new UserRejectedRequestError(new Error("User denied"));
    const raw = Object.assign(new Error("User rejected the request."), {
      code: 4001,
    });

    assert.equal(describeError(viemError).kind, "cancelled");
    assert.equal(describeError(raw).kind, "cancelled");
    assert.match(describeError(raw).message, /cancelled/);
  });

  it("default: anything else is one generic sentence with details", () => {
    const described = describeError(new Error("boom"));

    assert.equal(described.kind, "unknown");
    assert.deepEqual(described.details, ["boom"]);
  });

  it("args: names proposal states from the Governor's bitmap", () => {
    const described = describeRevert("GovernorUnexpectedProposalState", [
      1n,
      3,
      (1n << 4n) | (1n << 5n),
    ]);

    assert.equal(
      described.message,
      "The proposal is Defeated, but this needs it to be Succeeded or Queued.",
    );
  });
});
