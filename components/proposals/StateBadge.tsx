import type { ProposalState } from "@/lib/proposals/proposal.ts";

import styles from "./proposals.module.css";

/** A proposal's state as a coloured pill. */
export function StateBadge({ state }: { state: ProposalState }) {
  return (
    <span className={`${styles.state} ${styles[`state${state}`] ?? ""}`}>
      {state}
    </span>
  );
}
