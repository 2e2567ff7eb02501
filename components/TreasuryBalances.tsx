"use client";

import { useTokenInfo, useTreasuryBalances } from "@/hooks/useDaoData.ts";
import { formatAmount, formatEth } from "@/lib/format.ts";

import { Address } from "./Address.tsx";
import { QueryState } from "./QueryState.tsx";

/** The treasury's ETH, token and NFT balances as a stats list. */
export function TreasuryBalances() {
  const balances = useTreasuryBalances();
  const token = useTokenInfo();
  const symbol = token.data?.symbol ?? "tokens";
  return (
    <QueryState query={balances} loading="Loading the treasury…">
      {(data) => (
        <>
          <dl className="stats">
            <div>
              <dt>ETH</dt>
              <dd>{formatEth(data.eth)}</dd>
            </div>
            <div>
              <dt>Tokens</dt>
              <dd>
                {formatAmount(data.tokens)} {symbol}
              </dd>
            </div>
            <div>
              <dt>NFTs</dt>
              <dd>{data.nfts.toString()}</dd>
            </div>
          </dl>
          <p className="muted small">
            Treasury (timelock) at <Address address={data.address} />
          </p>
        </>
      )}
    </QueryState>
  );
}
