import type { Metadata } from "next";

import { DelegatesView } from "@/components/DelegatesView.tsx";

export const metadata: Metadata = { title: "Delegates" };

export default function DelegatesPage() {
  return <DelegatesView />;
}
