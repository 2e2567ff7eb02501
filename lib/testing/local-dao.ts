import { network } from "hardhat";
import {
  type Address,
  createPublicClient,
  custom,
  type Hex,
  parseEther,
  type PublicClient,
} from "viem";
import { hardhat } from "viem/chains";

import { governanceTokenAbi } from "../../generated/abis.ts";
import { deployDao } from "../../scripts/lib/deploy-dao.ts";
import type { Deployment } from "../deployments.ts";

/** Whole tokens (18 decimals). */
export const tokens = (amount: bigint) => amount * 10n ** 18n;

/**
 * A fresh DAO on Hardhat's in-process chain (EDR) for the `lib/` tests:
 * alice and bob hold delegated tokens, carol holds undelegated ones, and
 * the treasury holds 10 ETH. `client` counts its JSON-RPC requests.
 */
export async function createLocalDao() {
  // A journal id of our own: no deploy blocks from another run's journal.
  process.env.DAO_DEPLOYMENT_ID ??= `lib-test-${process.pid}`;
  const connection = await network.create();
  const { viem } = connection;
  const [deployer, alice, bob, carol, outsider] = await viem.getWalletClients();
  if (!deployer || !alice || !bob || !carol || !outsider) {
    throw new Error("Hardhat network has too few accounts");
  }

  const deployment: Deployment = await deployDao(connection, {
    DAO: {
      recipients: [alice, bob, carol].map((w) => w.account.address),
      amounts: [tokens(100_000n), tokens(40_000n), tokens(5_000n)],
    },
  });

  // Counts requests by method, to check that reads are batched.
  const requests = new Map<string, number>();
  const provider = connection.provider;
  const client = createPublicClient({
    chain: hardhat,
    transport: custom({
      request: ({ method, params }: { method: string; params?: unknown }) => {
        requests.set(method, (requests.get(method) ?? 0) + 1);
        return provider.request({
          method,
          params: params as readonly unknown[] | undefined,
        });
      },
    }),
  }) as PublicClient;

  const wait = async (hash: Promise<Hex> | Hex) => {
    const receipt = await client.waitForTransactionReceipt({
      hash: await hash,
    });
    if (receipt.status !== "success") throw new Error("transaction reverted");
    return receipt;
  };

  const delegate = (
    wallet: typeof alice,
    to: Address = wallet.account.address,
  ) =>
    wait(
      wallet.writeContract({
        address: deployment.contracts.GovernanceToken.address,
        abi: governanceTokenAbi,
        functionName: "delegate",
        args: [to],
      }),
    );

  await delegate(alice);
  await delegate(bob);
  await wait(
    deployer.sendTransaction({
      to: deployment.contracts.Treasury.address,
      value: parseEther("10"),
    }),
  );

  return {
    connection,
    client,
    requests,
    deployment,
    wallets: { deployer, alice, bob, carol, outsider },
    wait,
    delegate,
    /** Moves chain time on by `seconds` and mines a block. */
    increaseTime: (seconds: number) =>
      connection.networkHelpers.time.increase(seconds),
  };
}

export type LocalDao = Awaited<ReturnType<typeof createLocalDao>>;
