import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { NftDetail } from "@/components/NftDetail.tsx";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `NFT #${id}` };
}

export default async function NftPage({ params }: Props) {
  const { id } = await params;
  if (!/^\d{1,30}$/.test(id)) notFound();
  return <NftDetail id={BigInt(id)} />;
}
