"use client";

import Link from "next/link";

import { communityNftAbi } from "@/generated/abis.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useDaoQuery } from "@/hooks/useDaoQuery.ts";
import { useNftMetadata } from "@/hooks/useNftMetadata.ts";
import { useTypedAddress } from "@/hooks/useTypedAddress.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { FIRST_TOKEN_ID, readToken, type NftToken } from "@/lib/nfts.ts";

import { Address } from "./Address.tsx";
import { AddressField } from "./AddressField.tsx";
import { NftImage } from "./NftImage.tsx";
import { QueryState } from "./QueryState.tsx";
import { TxStatus } from "./TxStatus.tsx";

/** One token: image, name, description, attributes, owner, transfer. */
export function NftDetail({ id }: { id: bigint }) {
  const token = useDaoQuery(["token", id.toString()], (client, deployment) =>
    readToken(client, deployment, id),
  );
  return (
    <div className="stack">
      <p>
        <Link href="/nfts">← All NFTs</Link>
      </p>
      <QueryState query={token} loading="Loading the NFT…">
        {(data) =>
          data ? (
            <TokenView token={data} />
          ) : (
            <p className="notice notice-info">
              {id < FIRST_TOKEN_ID
                ? `There is no NFT #${id}: token ids start at ${FIRST_TOKEN_ID}.`
                : `There is no NFT #${id} (yet).`}
            </p>
          )
        }
      </QueryState>
    </div>
  );
}

function TokenView({ token }: { token: NftToken }) {
  const { result } = useNftMetadata(token.uri);
  const { address } = useWallet();
  const metadata = result?.kind === "inline" ? result.metadata : null;
  const isMine = address !== undefined && token.owner === address;

  return (
    <article className="nft-detail">
      <div className="card">
        <NftImage uri={token.uri} id={token.id} />
      </div>
      <div className="stack">
        <h1>{metadata?.name ?? `Token #${token.id}`}</h1>
        {metadata?.description && <p>{metadata.description}</p>}
        {result?.kind === "invalid" && (
          <p className="notice notice-warning">{result.problem}</p>
        )}
        <p>
          Owner <Address address={token.owner} you={isMine} />
        </p>
        {metadata && metadata.attributes.length > 0 && (
          <section aria-labelledby="attributes-title">
            <h2 id="attributes-title">Attributes</h2>
            <ul className="attributes">
              {metadata.attributes.map((attribute, i) => (
                <li key={i}>
                  <span>{attribute.trait}</span>
                  {attribute.value}
                </li>
              ))}
            </ul>
          </section>
        )}
        {isMine && <TransferForm token={token} />}
      </div>
    </article>
  );
}

/**
 * Sends the token to a typed address. A transfer cannot be undone, so a
 * recipient that only looks like a DAO contract or your own account must be
 * confirmed digit by digit before the button works.
 */
function TransferForm({ token }: { token: NftToken }) {
  const { deployment } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const flow = useWriteFlow();
  const to = useTypedAddress();
  const self = to.address !== undefined && to.address === address;

  return (
    <section className="card" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Transfer</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!to.address || !address || self) return;
          void flow.write({
            address: deployment.contracts.CommunityNFT.address,
            abi: communityNftAbi,
            functionName: "safeTransferFrom",
            args: [address, to.address, token.id],
          });
        }}
      >
        <AddressField
          label="Recipient"
          {...to.field}
          error={
            self
              ? "That is your own address: enter the address to send it to."
              : to.field.error
          }
        />
        <button
          type="submit"
          className="button button-primary"
          style={{ marginTop: "1.7rem" }}
          disabled={!to.address || self || wrongChain || flow.busy}
        >
          Transfer #{token.id.toString()}
        </button>
      </form>
      <TxStatus flow={flow} confirmedText={`Sent #${token.id} away.`} />
    </section>
  );
}
