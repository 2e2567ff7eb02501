"use client";

import { useState } from "react";

import { useCollection, useTokens } from "@/hooks/useDaoData.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { formatEth } from "@/lib/format.ts";
import { galleryPage } from "@/lib/nfts.ts";

import { Address } from "./Address.tsx";
import { MintForm } from "./MintForm.tsx";
import { NftCard } from "./NftCard.tsx";
import { Pager } from "./Pager.tsx";
import { QueryState } from "./QueryState.tsx";

/** Tokens per gallery page: their on-chain art is read for this page only. */
const PAGE_SIZE = 24;

/**
 * The NFT page: sale stats, mint form and the gallery of every token,
 * newest first, a page at a time.
 */
export function NftGallery() {
  const collection = useCollection();
  const [page, setPage] = useState(1);
  const supply = collection.data?.totalSupply;
  const shown =
    supply === undefined ? undefined : galleryPage(supply, page, PAGE_SIZE);
  const tokens = useTokens(shown?.ids);
  const { address } = useWallet();

  return (
    <div className="stack">
      <div className="page-header">
        <h1>NFTs</h1>
        <p>
          Community badges, drawn on-chain. Mint payments go to the treasury.
        </p>
      </div>
      <QueryState query={collection} loading="Loading the collection…">
        {(info) => (
          <section className="card stack" aria-labelledby="mint-title">
            <h2 id="mint-title">Mint {info.name}</h2>
            <dl className="stats">
              <div>
                <dt>Price each</dt>
                <dd>{formatEth(info.mintPrice, 6)}</dd>
              </div>
              <div>
                <dt>Left to mint</dt>
                <dd>
                  {(info.maxSupply - info.totalSupply).toLocaleString("en-US")}{" "}
                  of {info.maxSupply.toLocaleString("en-US")}
                </dd>
              </div>
              <div>
                <dt>Per transaction</dt>
                <dd>up to {info.maxPerTx.toString()}</dd>
              </div>
            </dl>
            <MintForm info={info} />
          </section>
        )}
      </QueryState>
      <section aria-labelledby="gallery-title" className="stack">
        <h2 id="gallery-title">
          Gallery
          {collection.data && (
            <span className="muted small">
              {" "}
              · {collection.data.totalSupply.toLocaleString("en-US")} minted
            </span>
          )}
        </h2>
        <QueryState query={tokens} loading="Loading the gallery…">
          {(list) =>
            supply === 0n || list.length === 0 ? (
              <p className="muted">No NFT has been minted yet.</p>
            ) : (
              <>
                <ul className="gallery">
                  {list.map((token) => (
                    <NftCard key={token.id.toString()} token={token}>
                      <span className="muted">
                        Owner{" "}
                        <Address
                          address={token.owner}
                          you={token.owner === address}
                        />
                      </span>
                    </NftCard>
                  ))}
                </ul>
                {shown && (
                  <Pager
                    label="Gallery pages"
                    page={shown.page}
                    pageCount={shown.pageCount}
                    onPage={setPage}
                    previous="Newer"
                    next="Older"
                  />
                )}
              </>
            )
          }
        </QueryState>
      </section>
    </div>
  );
}
