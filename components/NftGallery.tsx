"use client";

import Link from "next/link";

import { useAllTokens, useCollection } from "@/hooks/useDaoData.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { formatEth } from "@/lib/format.ts";

import { Address } from "./Address.tsx";
import { MintForm } from "./MintForm.tsx";
import { NftImage, NftName } from "./NftImage.tsx";
import { QueryState } from "./QueryState.tsx";

/** The NFT page: sale stats, mint form and the gallery of every token. */
export function NftGallery() {
  const collection = useCollection();
  const tokens = useAllTokens(collection.data?.totalSupply);
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
          {tokens.data && (
            <span className="muted small"> · {tokens.data.length} minted</span>
          )}
        </h2>
        <QueryState query={tokens} loading="Loading the gallery…">
          {(list) =>
            list.length === 0 ? (
              <p className="muted">No NFT has been minted yet.</p>
            ) : (
              <ul className="gallery">
                {list.map((token) => (
                  <li key={token.id.toString()} className="nft-card">
                    <Link href={`/nfts/${token.id}`}>
                      <NftImage uri={token.uri} id={token.id} />
                      <div className="nft-card-body">
                        <strong>
                          <NftName uri={token.uri} id={token.id} />
                        </strong>
                        <span className="muted">
                          Owner{" "}
                          <Address
                            address={token.owner}
                            you={token.owner === address}
                          />
                        </span>
                      </div>
                    </Link>
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
