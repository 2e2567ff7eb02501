import type { Metadata } from "next";

import { ProposalList } from "@/components/proposals/ProposalList.tsx";

export const metadata: Metadata = { title: "Proposals" };

export default function ProposalsPage() {
  return <ProposalList />;
}
