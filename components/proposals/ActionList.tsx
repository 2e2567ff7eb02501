"use client";

import { formatEth } from "@/lib/format.ts";
import {
  type DescribeContext,
  describeAction,
} from "@/lib/proposals/describe-action.ts";
import type { ProposalAction } from "@/lib/proposals/proposal.ts";

import styles from "./proposals.module.css";

/** A proposal's actions in words, with decoded arguments and raw data. */
export function ActionList({
  actions,
  context,
}: {
  actions: readonly ProposalAction[];
  context: DescribeContext;
}) {
  if (actions.length === 0) return <p className="muted">No actions.</p>;
  return (
    <ol className={styles.actions}>
      {actions.map((action, index) => {
        const description = describeAction(action, context);
        return (
          <li key={index}>
            <p style={{ margin: 0 }}>{description.summary}</p>
            <details>
              <summary className="small">Call details</summary>
              <dl className="small">
                <dt>Target</dt>
                <dd className={styles.raw}>{action.target}</dd>
                <dt>Value</dt>
                <dd>{formatEth(action.value, 18)}</dd>
                {description.functionName && (
                  <>
                    <dt>Function</dt>
                    <dd className={styles.raw}>
                      {description.contract}.{description.functionName}
                    </dd>
                  </>
                )}
                {description.args.map((arg) => (
                  <div key={arg.name}>
                    <dt>
                      {arg.name} <span className="muted">({arg.type})</span>
                    </dt>
                    <dd className={styles.raw}>{arg.display}</dd>
                  </div>
                ))}
                <dt>Calldata</dt>
                <dd className={styles.raw}>{action.calldata}</dd>
              </dl>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
