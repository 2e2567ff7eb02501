"use client";

import { useState } from "react";
import type { Address as AddressType } from "viem";

import { governanceTokenAbi } from "@/generated/abis.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import {
  useAccountSummary,
  useDelegates,
  useTokenInfo,
} from "@/hooks/useDaoData.ts";
import { useHydrated } from "@/hooks/useHydrated.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { historyOf } from "@/lib/delegates.ts";
import { formatAmount, shortAddress } from "@/lib/format.ts";

import { Address } from "./Address.tsx";
import { DelegateForm } from "./DelegateForm.tsx";
import { QueryState } from "./QueryState.tsx";
import { TxStatus } from "./TxStatus.tsx";

/** Delegates ranked by voting power, one-click delegation, your history. */
export function DelegatesView() {
  const { deployment } = useAppConfig();
  const overview = useDelegates();
  const token = useTokenInfo();
  const { address, wrongChain } = useWallet();
  const hydrated = useHydrated();
  const account = hydrated ? address : undefined;
  const summary = useAccountSummary(account);
  const flow = useWriteFlow();
  const [pendingTo, setPendingTo] = useState<AddressType | null>(null);
  const supply = token.data?.totalSupply ?? 0n;

  const delegateTo = (to: AddressType) => {
    setPendingTo(to);
    void flow.write({
      address: deployment.contracts.GovernanceToken.address,
      abi: governanceTokenAbi,
      functionName: "delegate",
      args: [to],
    });
  };

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Delegates</h1>
        <p>
          Tokens vote only once delegated. Pick yourself or someone you trust.
        </p>
      </div>
      <QueryState query={overview} loading="Reading delegation history…">
        {(data) => (
          <section className="card" aria-labelledby="ranking-title">
            <h2 id="ranking-title">Ranking</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Delegate</th>
                    <th scope="col" className="num">
                      Voting power
                    </th>
                    <th scope="col" className="num">
                      Share
                    </th>
                    <th scope="col" className="num">
                      Delegators
                    </th>
                    <th scope="col" className="num">
                      Votes cast
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.delegates.map((row, i) => {
                    const isCurrent = summary.data?.delegate === row.address;
                    return (
                      <tr key={row.address}>
                        <td>{i + 1}</td>
                        <td>
                          <Address
                            address={row.address}
                            you={row.address === account}
                          />
                        </td>
                        <td className="num">
                          {formatAmount(row.votes, 18, 2)}
                        </td>
                        <td className="num">
                          {supply > 0n
                            ? `${formatAmount((row.votes * 10_000n) / supply, 2, 2)} %`
                            : "–"}
                        </td>
                        <td className="num">{row.delegators}</td>
                        <td className="num">{row.votesCast}</td>
                        <td>
                          {isCurrent ? (
                            <span className="badge">your delegate</span>
                          ) : (
                            <button
                              type="button"
                              className="button button-small"
                              disabled={!account || wrongChain || flow.busy}
                              aria-label={`Delegate to ${row.address}`}
                              onClick={() => delegateTo(row.address)}
                            >
                              Delegate
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {data.delegates.length === 0 && (
              <p className="muted">Nobody has delegated yet.</p>
            )}
            <TxStatus
              flow={flow}
              confirmedText={
                pendingTo
                  ? `Delegated to ${shortAddress(pendingTo)}.`
                  : "Delegated."
              }
            />
            {!account && (
              <p className="muted small">Connect a wallet to delegate.</p>
            )}
          </section>
        )}
      </QueryState>
      {account && (
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title">Your delegation</h2>
          <QueryState query={summary} loading="Loading your delegate…">
            {(mine) => (
              <div className="stack">
                <p>
                  {mine.delegate === null ? (
                    "You have not delegated: your tokens do not vote."
                  ) : mine.delegate === account ? (
                    "You delegate to yourself."
                  ) : (
                    <>
                      You delegate to <Address address={mine.delegate} />.
                    </>
                  )}
                </p>
                <DelegateForm current={mine.delegate} />
              </div>
            )}
          </QueryState>
          {overview.data && (
            <History changes={historyOf(overview.data.changes, account)} />
          )}
        </section>
      )}
    </div>
  );
}

function History({ changes }: { changes: ReturnType<typeof historyOf> }) {
  if (changes.length === 0) {
    return <p className="muted">No delegation changes yet.</p>;
  }
  return (
    <div className="table-wrap">
      <h3>History</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Block</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={`${change.transactionHash}-${change.to}`}>
              <td>{change.blockNumber.toString()}</td>
              <td>
                {change.from ===
                "0x0000000000000000000000000000000000000000" ? (
                  "nobody"
                ) : (
                  <Address address={change.from} />
                )}
              </td>
              <td>
                <Address address={change.to} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
