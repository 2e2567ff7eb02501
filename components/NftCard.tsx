import Link from "next/link";
import type { ReactNode } from "react";

import type { NftToken } from "@/lib/nfts.ts";

import { NftImage, NftName } from "./NftImage.tsx";

/** One NFT in a gallery: its art and name, linking to its page. */
export function NftCard({
  token,
  children,
}: {
  token: Pick<NftToken, "id" | "uri">;
  /** More lines under the name, such as the owner. */
  children?: ReactNode;
}) {
  return (
    <li className="nft-card">
      <Link href={`/nfts/${token.id}`}>
        <NftImage uri={token.uri} id={token.id} />
        <div className="nft-card-body">
          <strong>
            <NftName uri={token.uri} id={token.id} />
          </strong>
          {children}
        </div>
      </Link>
    </li>
  );
}
