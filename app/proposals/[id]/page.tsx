import type { Metadata } from "next";

import { ProposalDetail } from "@/components/proposals/ProposalDetail.tsx";

export const metadata: Metadata = { title: "Proposal" };

export default async function ProposalPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  return <ProposalDetail id={id} />;
}
