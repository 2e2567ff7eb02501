import type { Metadata } from "next";

import { NewProposal } from "@/components/proposals/NewProposal.tsx";

export const metadata: Metadata = { title: "New proposal" };

export default function NewProposalPage() {
  return <NewProposal />;
}
