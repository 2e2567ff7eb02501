"use client";

import { useSwitchChain } from "wagmi";

import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { describeError } from "@/lib/errors.ts";

/**
 * Shown while the connected wallet is on another chain: one button asks the
 * wallet to switch, and to add the chain (`wallet_addEthereumChain`) if it
 * does not know it.
 */
export function NetworkBanner() {
  const { chain, rpcUrl } = useAppConfig();
  const { wrongChain, walletChainId } = useWallet();
  const switchChain = useSwitchChain();

  if (!wrongChain) return null;
  const error = switchChain.error ? describeError(switchChain.error) : null;

  return (
    <div className="banner banner-warning" role="alert">
      <p>
        Your wallet is on chain {walletChainId}; this DAO lives on{" "}
        <strong>
          {chain.name} ({chain.id})
        </strong>
        . Reading works, but transactions need the right network.
      </p>
      <button
        type="button"
        className="button button-primary"
        disabled={switchChain.isPending}
        onClick={() =>
          switchChain.mutate({
            chainId: chain.id,
            addEthereumChainParameter: { rpcUrls: [rpcUrl] },
          })
        }
      >
        {switchChain.isPending ? "Switching…" : `Switch to ${chain.name}`}
      </button>
      {error && error.kind !== "cancelled" && (
        <p className="banner-detail">{error.message}</p>
      )}
    </div>
  );
}
