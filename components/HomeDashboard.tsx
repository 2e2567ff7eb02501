"use client";

import Link from "next/link";

import {
  useAccountSummary,
  useCollection,
  useTokenInfo,
  useTokensOf,
} from "@/hooks/useDaoData.ts";
import { useHydrated } from "@/hooks/useHydrated.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { formatAmount, formatEth } from "@/lib/format.ts";

import { Address } from "./Address.tsx";
import { DelegateForm } from "./DelegateForm.tsx";
import { NftCard } from "./NftCard.tsx";
import { QueryState } from "./QueryState.tsx";
import { TreasuryBalances } from "./TreasuryBalances.tsx";

/** The home page: your balances, votes, delegate and NFTs, and the treasury. */
export function HomeDashboard() {
  const { address } = useWallet();
  // The wallet reconnects in the browser only: render the server's markup
  // (no account) until mounted, so hydration matches.
  const hydrated = useHydrated();
  const account = hydrated ? address : undefined;

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Commons DAO</h1>
        <p>Hold the token, delegate your votes, shape the treasury.</p>
      </div>
      <section className="card" aria-labelledby="account-title">
        <h2 id="account-title">Your account</h2>
        {account ? (
          <AccountPanel account={account} />
        ) : (
          <p className="muted">
            Connect a wallet to see your balances, voting power and NFTs.
            Everything else on this site works without one.
          </p>
        )}
      </section>
      {account && <YourNfts account={account} />}
      <section className="card" aria-labelledby="treasury-title">
        <h2 id="treasury-title">Treasury</h2>
        <TreasuryBalances />
        <p>
          <Link href="/treasury">Treasury history</Link> ·{" "}
          <Link href="/proposals">Proposals</Link>
        </p>
      </section>
    </div>
  );
}

function AccountPanel({ account }: { account: `0x${string}` }) {
  const summary = useAccountSummary(account);
  const token = useTokenInfo();
  const symbol = token.data?.symbol ?? "tokens";

  return (
    <QueryState query={summary} loading="Loading your account…">
      {(data) => (
        <div className="stack">
          <dl className="stats">
            <div>
              <dt>ETH</dt>
              <dd>{formatEth(data.eth)}</dd>
            </div>
            <div>
              <dt>Token balance</dt>
              <dd>
                {formatAmount(data.tokenBalance)} {symbol}
              </dd>
            </div>
            <div>
              <dt>Voting power</dt>
              <dd>{formatAmount(data.votes)} votes</dd>
            </div>
            <div>
              <dt>Delegate</dt>
              <dd>
                {data.delegate === null ? (
                  "Not delegated"
                ) : data.delegate === account ? (
                  "Yourself"
                ) : (
                  <Address address={data.delegate} />
                )}
              </dd>
            </div>
          </dl>
          {data.delegate === null && (
            <div className="notice notice-warning" role="note">
              <p>
                {data.tokenBalance > 0n
                  ? `Your ${formatAmount(data.tokenBalance)} ${symbol} do not ` +
                    "vote until you delegate them: delegate to yourself to vote, " +
                    "or to someone you trust."
                  : "Tokens only vote once delegated; delegate now and any " +
                    "tokens you receive will count."}
              </p>
            </div>
          )}
          <DelegateForm current={data.delegate} />
        </div>
      )}
    </QueryState>
  );
}

function YourNfts({ account }: { account: `0x${string}` }) {
  const collection = useCollection();
  const tokens = useTokensOf(account, collection.data?.totalSupply);
  const mine = tokens.data;

  return (
    <section className="card" aria-labelledby="nfts-title">
      <h2 id="nfts-title">Your NFTs</h2>
      <QueryState query={tokens} loading="Loading NFTs…">
        {() =>
          mine && mine.length > 0 ? (
            <ul className="gallery">
              {mine.map((token) => (
                <NftCard key={token.id.toString()} token={token} />
              ))}
            </ul>
          ) : (
            <p className="muted">
              You have no NFTs yet. <Link href="/nfts">Mint one</Link>.
            </p>
          )
        }
      </QueryState>
    </section>
  );
}
