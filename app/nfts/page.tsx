import type { Metadata } from "next";

import { NftGallery } from "@/components/NftGallery.tsx";

export const metadata: Metadata = { title: "NFTs" };

export default function NftsPage() {
  return <NftGallery />;
}
