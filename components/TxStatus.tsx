"use client";

import type { WriteFlow } from "@/hooks/useWriteFlow.ts";

import { ErrorNotice } from "./ErrorNotice.tsx";

/** Where a `useWriteFlow` write stands, in words; nothing while idle. */
export function TxStatus({
  flow,
  confirmedText = "Done.",
}: {
  flow: WriteFlow;
  /** What a confirmed transaction achieved, e.g. "Minted 2 NFTs." */
  confirmedText?: string;
}) {
  const { state } = flow;
  switch (state.status) {
    case "idle":
      return <div className="tx-status" role="status" aria-live="polite" />;
    case "simulating":
      return (
        <div className="tx-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Checking the
          transaction…
        </div>
      );
    case "wallet":
      return (
        <div className="tx-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Confirm in your
          wallet…
        </div>
      );
    case "pending":
      return (
        <div className="tx-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> Sent; waiting for the
          block… <code className="hash">{state.hash}</code>
        </div>
      );
    case "confirmed":
      return (
        <div className="tx-status tx-success" role="status" aria-live="polite">
          {confirmedText} Confirmed in block{" "}
          {state.receipt?.blockNumber.toString()}, gas used{" "}
          {state.receipt?.gasUsed.toLocaleString("en-US")}.
        </div>
      );
    case "cancelled":
      return (
        <div className="tx-status tx-quiet" role="status" aria-live="polite">
          Cancelled in the wallet; nothing was sent.
        </div>
      );
    case "failed":
      return state.error ? <ErrorNotice error={state.error} /> : null;
  }
}
