"use client";

import Link from "next/link";

import { useExecutedProposals } from "@/hooks/useDaoData.ts";
import { formatAmount, formatEth } from "@/lib/format.ts";
import type { ExecutedAction } from "@/lib/treasury.ts";

import { Address } from "./Address.tsx";
import { QueryState } from "./QueryState.tsx";
import { TreasuryBalances } from "./TreasuryBalances.tsx";

/** The treasury's balances and the executed proposals that moved them. */
export function TreasuryView() {
  const executed = useExecutedProposals();
  return (
    <div className="stack">
      <div className="page-header">
        <h1>Treasury</h1>
        <p>Only executed proposals can move these funds.</p>
      </div>
      <section className="card" aria-labelledby="balances-title">
        <h2 id="balances-title">Balances</h2>
        <TreasuryBalances />
      </section>
      <section className="card" aria-labelledby="executed-title">
        <h2 id="executed-title">Executed proposals</h2>
        <QueryState query={executed} loading="Reading executed proposals…">
          {(list) =>
            list.length === 0 ? (
              <p className="muted">No proposal has been executed yet.</p>
            ) : (
              <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
                {list.map((proposal) => (
                  <li key={proposal.proposalId.toString()}>
                    <h3>
                      <Link href={`/proposals/${proposal.proposalId}`}>
                        {proposal.title}
                      </Link>
                    </h3>
                    <p className="muted small">
                      Executed in block {proposal.blockNumber.toString()}
                      {proposal.ethSent > 0n &&
                        ` · sent ${formatEth(proposal.ethSent)}`}
                    </p>
                    <ul>
                      {proposal.actions.map((action, i) => (
                        <li key={i}>
                          <ActionText action={action} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </div>
  );
}

/** One proposal action in words, for the calls this app knows. */
function ActionText({ action }: { action: ExecutedAction }) {
  const [first, second] = action.args;
  if (action.targetName === "GovernanceToken") {
    if (action.functionName === "transfer" || action.functionName === "mint") {
      return (
        <>
          {action.functionName === "mint" ? "Minted" : "Sent"}{" "}
          {formatAmount(second as bigint)} tokens to{" "}
          <Address address={String(first)} />
        </>
      );
    }
  }
  if (
    action.targetName === "CommunityNFT" &&
    action.functionName === "setMintPrice"
  ) {
    return <>Set the NFT mint price to {formatEth(first as bigint, 6)}</>;
  }
  if (action.functionName === null && action.calldata === "0x") {
    return (
      <>
        Sent {formatEth(action.value)} to <Address address={action.target} />
      </>
    );
  }
  return (
    <>
      Called{" "}
      <code>
        {action.targetName ?? action.target}.{action.functionName ?? "unknown"}
      </code>
      {action.value > 0n && ` with ${formatEth(action.value)}`}
    </>
  );
}
