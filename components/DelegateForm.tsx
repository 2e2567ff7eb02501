"use client";

import { useState } from "react";
import type { Address } from "viem";

import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useTypedAddress } from "@/hooks/useTypedAddress.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { governanceTokenAbi } from "@/generated/abis.ts";
import { shortAddress } from "@/lib/format.ts";

import { AddressField } from "./AddressField.tsx";
import { TxStatus } from "./TxStatus.tsx";

/**
 * Delegate your votes to yourself or to a typed address. The typed address
 * is checked as you type and kept when a transaction fails or is cancelled;
 * one that only looks like a DAO contract or your own account must be
 * confirmed first, since the votes would serve whoever holds it.
 */
export function DelegateForm({ current }: { current: Address | null }) {
  const { deployment } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const flow = useWriteFlow();
  const target = useTypedAddress();
  const [done, setDone] = useState("");

  const delegate = async (to: Address) => {
    setDone(`Delegated to ${to === address ? "yourself" : shortAddress(to)}.`);
    await flow.write({
      address: deployment.contracts.GovernanceToken.address,
      abi: governanceTokenAbi,
      functionName: "delegate",
      args: [to],
    });
  };

  const disabled = !address || wrongChain || flow.busy;
  const isSelf = current !== null && current === address;

  return (
    <div className="stack">
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={disabled || isSelf}
          onClick={() => address && void delegate(address)}
        >
          Delegate to myself
        </button>
        {isSelf && (
          <span className="muted small">You vote with your own tokens.</span>
        )}
      </div>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (target.address) void delegate(target.address);
        }}
      >
        <AddressField
          label="Or delegate to an address"
          hint="Paste the address of someone you trust to vote for you."
          {...target.field}
        />
        <button
          type="submit"
          className="button"
          style={{ marginTop: "1.7rem" }}
          disabled={disabled || !target.address}
        >
          Delegate to address
        </button>
      </form>
      <TxStatus flow={flow} confirmedText={done} />
    </div>
  );
}
