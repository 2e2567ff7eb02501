import type { Metadata } from "next";

import { TreasuryView } from "@/components/TreasuryView.tsx";

export const metadata: Metadata = { title: "Treasury" };

export default function TreasuryPage() {
  return <TreasuryView />;
}
