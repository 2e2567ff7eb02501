"use client";

import type { Address } from "viem";
import { useConnection } from "wagmi";

import { useAppConfig } from "./useAppConfig.ts";

export interface WalletState {
  /** The connected account, if any. */
  address: Address | undefined;
  isConnected: boolean;
  /** Connected, but the wallet is on another chain than the app's. */
  wrongChain: boolean;
  /** The wallet's current chain id, when connected. */
  walletChainId: number | undefined;
}

/** The connected wallet, and whether it is on the app's chain. */
export function useWallet(): WalletState {
  const { chainId } = useAppConfig();
  const connection = useConnection();
  const isConnected = connection.status === "connected";
  return {
    address: isConnected ? connection.address : undefined,
    isConnected,
    wrongChain: isConnected && connection.chainId !== chainId,
    walletChainId: isConnected ? connection.chainId : undefined,
  };
}
