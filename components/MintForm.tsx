"use client";

import { useId, useState } from "react";

import { communityNftAbi } from "@/generated/abis.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { formatEth } from "@/lib/format.ts";
import { checkMintQuantity, type CollectionInfo } from "@/lib/nfts.ts";

import { TxStatus } from "./TxStatus.tsx";

/** Mint 1..maxPerTx tokens at the current price; the quantity is kept on failure. */
export function MintForm({ info }: { info: CollectionInfo }) {
  const { deployment } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const flow = useWriteFlow();
  const [quantity, setQuantity] = useState("1");
  const [minted, setMinted] = useState("");
  const id = useId();
  const check = checkMintQuantity(quantity, info);
  const soldOut = info.totalSupply >= info.maxSupply;

  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (!check.ok) return;
        setMinted(
          `Minted ${check.quantity} NFT${check.quantity === 1n ? "" : "s"}.`,
        );
        void flow.write({
          address: deployment.contracts.CommunityNFT.address,
          abi: communityNftAbi,
          functionName: "mint",
          args: [check.quantity],
          value: check.total,
        });
      }}
    >
      <div className="inline-form">
        <div className="field">
          <label htmlFor={id}>Quantity (1 to {info.maxPerTx.toString()})</label>
          <input
            id={id}
            className="input"
            inputMode="numeric"
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            aria-invalid={!check.ok}
            aria-describedby={`${id}-message`}
          />
          <p
            id={`${id}-message`}
            className={`field-message${check.ok ? "" : " invalid"}`}
          >
            {check.ok ? `Total: ${formatEth(check.total, 6)}` : check.message}
          </p>
        </div>
        <button
          type="submit"
          className="button button-primary"
          style={{ marginTop: "1.7rem" }}
          disabled={
            !check.ok ||
            !address ||
            wrongChain ||
            flow.busy ||
            info.mintPaused ||
            soldOut
          }
        >
          Mint {check.ok ? check.quantity.toString() : ""}
        </button>
      </div>
      {!address && <p className="muted small">Connect a wallet to mint.</p>}
      {info.mintPaused && (
        <p className="notice notice-warning">Minting is paused by the DAO.</p>
      )}
      <TxStatus flow={flow} confirmedText={minted} />
    </form>
  );
}
