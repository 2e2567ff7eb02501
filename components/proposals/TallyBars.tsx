import { formatAmount } from "@/lib/format.ts";
import type { Proposal } from "@/lib/proposals/proposal.ts";

import styles from "./proposals.module.css";

function percent(part: bigint, whole: bigint): number {
  if (whole === 0n) return 0;
  return Number((part * 10_000n) / whole) / 100;
}

/**
 * For / Against / Abstain with bars, and progress towards the quorum (For
 * plus Abstain, as OpenZeppelin's simple counting has it).
 */
export function TallyBars({
  proposal,
  symbol,
  compact = false,
}: {
  proposal: Pick<Proposal, "tally" | "quorum">;
  symbol: string;
  compact?: boolean;
}) {
  const { tally, quorum } = proposal;
  const total = tally.for + tally.against + tally.abstain;
  const counted = tally.for + tally.abstain;
  const rows = [
    { label: "For", value: tally.for, className: styles.fillFor },
    { label: "Against", value: tally.against, className: styles.fillAgainst },
    { label: "Abstain", value: tally.abstain, className: styles.fillAbstain },
  ];
  const quorumShare = Math.min(100, percent(counted, quorum));

  return (
    <div className={styles.bars}>
      {rows.map(({ label, value, className }) => (
        <div className={styles.bar} key={label}>
          <span>{label}</span>
          <span className={styles.track} aria-hidden="true">
            <span
              className={`${styles.fill} ${className}`}
              style={{ display: "block", width: `${percent(value, total)}%` }}
            />
          </span>
          <span>
            {formatAmount(value)} {symbol}
          </span>
        </div>
      ))}
      {!compact || quorum > 0n ? (
        <div className={styles.bar}>
          <span>Quorum</span>
          <span
            className={styles.track}
            role="progressbar"
            aria-label="Quorum reached"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(quorumShare)}
          >
            <span
              className={styles.fill}
              style={{ display: "block", width: `${quorumShare}%` }}
            />
          </span>
          <span>
            {formatAmount(counted)} / {formatAmount(quorum)} {symbol}
          </span>
        </div>
      ) : null}
    </div>
  );
}
