"use client";

import { useId, useState } from "react";
import { keccak256, toBytes } from "viem";

import { TxStatus } from "@/components/TxStatus.tsx";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { daoGovernorAbi } from "@/generated/abis.ts";
import type { Proposal } from "@/lib/proposals/proposal.ts";
import type {
  Permission,
  ProposalPermissions,
} from "@/lib/proposals/state-rules.ts";

type Step = "queue" | "execute" | "cancel";

const LABELS: Record<Step, { button: string; done: string }> = {
  queue: { button: "Queue", done: "Queued in the treasury." },
  execute: { button: "Execute", done: "Executed." },
  cancel: { button: "Cancel", done: "Proposal canceled." },
};

/**
 * Queue, Execute and Cancel: enabled exactly when the contracts allow them,
 * otherwise disabled with the reason underneath.
 */
export function LifecycleButtons({
  proposal,
  permissions,
}: {
  proposal: Proposal;
  permissions: ProposalPermissions;
}) {
  const { deployment } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const flow = useWriteFlow();
  const baseId = useId();
  const [lastStep, setLastStep] = useState<Step>();

  const run = (step: Step) => {
    setLastStep(step);
    return flow.write({
      address: deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName: step,
      args: [
        proposal.actions.map((action) => action.target),
        proposal.actions.map((action) => action.value),
        proposal.actions.map((action) => action.calldata),
        keccak256(toBytes(proposal.description)),
      ],
    });
  };

  const gate = (permission: Permission): string | undefined => {
    if (!permission.allowed) return permission.reason;
    if (!address) return "Connect a wallet to send this transaction.";
    if (wrongChain) return "Switch your wallet to this app's network first.";
    return undefined;
  };
  const steps: Step[] = ["queue", "execute", "cancel"];

  return (
    <section className="card" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`}>Carry out</h2>
      <ul
        className="stack"
        style={{ listStyle: "none", padding: 0, margin: 0, gap: "0.6rem" }}
      >
        {steps.map((step) => {
          const why = gate(permissions[step]);
          const whyId = `${baseId}-${step}`;
          return (
            <li key={step}>
              <button
                type="button"
                className={
                  step === "cancel" ? "button" : "button button-primary"
                }
                disabled={why !== undefined || flow.busy}
                aria-describedby={why ? whyId : undefined}
                onClick={() => void run(step)}
              >
                {LABELS[step].button}
              </button>
              {why && (
                <p id={whyId} className="field-message">
                  {why}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <TxStatus
        flow={flow}
        confirmedText={lastStep ? LABELS[lastStep].done : undefined}
      />
    </section>
  );
}
