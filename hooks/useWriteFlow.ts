"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type {
  Abi,
  ContractFunctionName,
  ContractFunctionParameters,
  Hash,
  TransactionReceipt,
} from "viem";
import { useConfig } from "wagmi";
import { writeContract } from "wagmi/actions";

import { describeError, type ErrorDescription } from "@/lib/errors.ts";

import { useAppClient } from "./useAppClient.ts";
import { useAppConfig } from "./useAppConfig.ts";
import { useWallet } from "./useWallet.ts";

type Mutability = "nonpayable" | "payable";

/** A contract write: viem's usual parameters plus an optional ETH value. */
export type WriteCall<
  abi extends Abi = Abi,
  functionName extends ContractFunctionName<abi, Mutability> =
    ContractFunctionName<abi, Mutability>,
> = ContractFunctionParameters<abi, Mutability, functionName> & {
  value?: bigint;
};

/**
 * The steps of a write: `simulating` (checked against the node first),
 * `wallet` (waiting for the signature), `pending` (sent, waiting for the
 * block), then `confirmed`, `failed` or `cancelled` (rejected in the wallet).
 */
export type WriteStatus =
  | "idle"
  | "simulating"
  | "wallet"
  | "pending"
  | "confirmed"
  | "failed"
  | "cancelled";

export interface WriteFlowState {
  status: WriteStatus;
  hash?: Hash;
  receipt?: TransactionReceipt;
  error?: ErrorDescription;
}

export interface WriteFlow {
  state: WriteFlowState;
  /** True from the simulation until the receipt (or failure). */
  busy: boolean;
  /**
   * Simulates, asks the wallet, waits for the receipt. Never throws: the
   * outcome is in `state`; resolves to the receipt when confirmed.
   */
  write: <
    const abi extends Abi,
    functionName extends ContractFunctionName<abi, Mutability>,
  >(
    call: WriteCall<abi, functionName>,
  ) => Promise<TransactionReceipt | undefined>;
  reset: () => void;
}

const IDLE: WriteFlowState = { status: "idle" };

/**
 * Runs contract writes through one flow: simulate, wallet, pending,
 * confirmed (with gas used) or failed in words. Pair it with `<TxStatus>`.
 * A wallet rejection ends as a quiet `cancelled`; callers keep their inputs.
 */
export function useWriteFlow(): WriteFlow {
  const config = useConfig();
  const client = useAppClient();
  const queryClient = useQueryClient();
  const { chainId } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const [state, setState] = useState<WriteFlowState>(IDLE);
  const running = useRef(false);

  const fail = useCallback((error: ErrorDescription, hash?: Hash) => {
    setState({
      status: error.kind === "cancelled" ? "cancelled" : "failed",
      error,
      hash,
    });
  }, []);

  const write = useCallback(
    async (call: WriteCall): Promise<TransactionReceipt | undefined> => {
      if (running.current) return undefined;
      if (!address) {
        fail(describeError({ name: "ConnectorNotConnectedError" }));
        return undefined;
      }
      if (wrongChain) {
        fail(describeError({ name: "ChainMismatchError" }));
        return undefined;
      }

      running.current = true;
      let hash: Hash | undefined;
      try {
        setState({ status: "simulating" });
        const { request } = await client.simulateContract({
          ...call,
          account: address,
        } as Parameters<typeof client.simulateContract>[0]);

        setState({ status: "wallet" });
        hash = await writeContract(config, {
          ...(request as Parameters<typeof writeContract>[1]),
          chainId,
        });

        setState({ status: "pending", hash });
        const receipt = await client.waitForTransactionReceipt({ hash });
        if (receipt.status !== "success") {
          fail(
            {
              kind: "revert",
              message:
                "The transaction was mined but reverted; nothing changed.",
              details: [`Transaction ${hash}`],
            },
            hash,
          );
          return undefined;
        }
        setState({ status: "confirmed", hash, receipt });
        await queryClient.invalidateQueries();
        return receipt;
      } catch (error) {
        fail(describeError(error), hash);
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [address, wrongChain, client, config, chainId, queryClient, fail],
  ) as WriteFlow["write"];

  const reset = useCallback(() => setState(IDLE), []);
  const busy =
    state.status === "simulating" ||
    state.status === "wallet" ||
    state.status === "pending";

  return { state, busy, write, reset };
}
