"use client";

import Link from "next/link";
import { maxUint256 } from "viem";

import { Address } from "@/components/Address.tsx";
import { ErrorNotice } from "@/components/ErrorNotice.tsx";
import { useBlockTimestamp } from "@/hooks/useLatestBlock.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { describeError } from "@/lib/errors.ts";
import { formatTimestamp } from "@/lib/format.ts";
import type { DescribeContext } from "@/lib/proposals/describe-action.ts";
import type { ProposalDetail as Detail } from "@/lib/proposals/fetch-proposal-detail.ts";
import type { Proposal } from "@/lib/proposals/proposal.ts";
import {
  formatSpan,
  permissionsNow,
  projectState,
} from "@/lib/proposals/state-rules.ts";

import { ActionList } from "./ActionList.tsx";
import { LifecycleButtons } from "./LifecycleButtons.tsx";
import { ProposalMarkdown } from "./ProposalMarkdown.tsx";
import styles from "./proposals.module.css";
import {
  useChainNow,
  useDescribeContext,
  useMounted,
  useProposalDetail,
} from "./queries.ts";
import { StateBadge } from "./StateBadge.tsx";
import { TallyBars } from "./TallyBars.tsx";
import { VotePanel } from "./VotePanel.tsx";
import { VoterList } from "./VoterList.tsx";

/** Parses the id in the URL; undefined when it is not a proposal id. */
function parseId(text: string): bigint | undefined {
  if (!/^\d{1,78}$/.test(text)) return undefined;
  const id = BigInt(text);
  return id <= maxUint256 ? id : undefined;
}

/** The page of one proposal: text, actions, timeline, tallies and votes. */
export function ProposalDetail({ id }: { id: string }) {
  const proposalId = parseId(id);
  if (proposalId === undefined) {
    return (
      <div className="notice notice-error" role="alert">
        <p>
          “{id.slice(0, 80)}” is not a proposal id: ids are whole numbers below
          2<sup>256</sup>. <Link href="/proposals">Back to the proposals</Link>
        </p>
      </div>
    );
  }
  return <ProposalById id={proposalId} />;
}

function ProposalById({ id }: { id: bigint }) {
  const detail = useProposalDetail(id);
  const context = useDescribeContext();

  if (detail.data && context.data) {
    return <Loaded detail={detail.data} context={context.data} />;
  }
  const error = detail.error ?? context.error;
  if (error) {
    return (
      <div className="stack">
        <ErrorNotice
          error={
            error.name === "ProposalNotFoundError"
              ? { kind: "unknown", message: error.message, details: [] }
              : describeError(error)
          }
        />
        <Link href="/proposals">Back to the proposals</Link>
      </div>
    );
  }
  return (
    <p className="muted" role="status">
      Loading the proposal…
    </p>
  );
}

function Loaded({
  detail,
  context,
}: {
  detail: Detail;
  context: DescribeContext;
}) {
  const { address } = useWallet();
  const mounted = useMounted();
  const account = mounted ? address : undefined;
  // The contracts judge by the latest block's timestamp (eth_call and the
  // next transaction's checks start from it); countdowns tick on between
  // blocks, since a local node mines only when there is a transaction.
  const blockTime = useBlockTimestamp();
  const blockNow =
    blockTime === undefined ? detail.times.created : BigInt(blockTime);
  const now = useChainNow() ?? blockNow;
  const proposal: Proposal = {
    ...detail.proposal,
    state: projectState(detail.proposal, blockNow),
  };
  const ahead = projectState(detail.proposal, now);
  const permissions = permissionsNow(detail.proposal, blockNow, now, account);

  return (
    <article className="stack" aria-labelledby="proposal-title">
      <div className="page-header">
        <div>
          <p className="small">
            <Link href="/proposals">← Proposals</Link>
          </p>
          <h1 id="proposal-title">{proposal.title}</h1>
          <p className="muted small">
            Proposed by{" "}
            <Address
              address={proposal.proposer}
              you={account?.toLowerCase() === proposal.proposer.toLowerCase()}
            />{" "}
            · id <code className="hash">{proposal.id.toString()}</code>
          </p>
        </div>
        <StateBadge state={proposal.state} />
      </div>
      <div className={styles.twoColumns}>
        <div className="stack">
          <section className="card" aria-labelledby="description-title">
            <h2 id="description-title">Description</h2>
            <ProposalMarkdown text={proposal.description} />
          </section>
          <section className="card" aria-labelledby="actions-title">
            <h2 id="actions-title">Actions</h2>
            <p className="muted small">
              What the treasury does if the proposal is executed.
            </p>
            <ActionList actions={proposal.actions} context={context} />
          </section>
          <section className="card" aria-labelledby="voters-title">
            <h2 id="voters-title">Voters</h2>
            <VoterList
              votes={detail.votes}
              symbol={context.token.symbol}
              account={account}
            />
          </section>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="results-title">
            <h2 id="results-title">Results</h2>
            <TallyBars proposal={proposal} symbol={context.token.symbol} />
          </section>
          <VotePanel
            proposal={proposal}
            permission={permissions.vote}
            symbol={context.token.symbol}
            votes={detail.votes}
          />
          {ahead !== proposal.state && (
            <p className="notice notice-info" role="status">
              By the chain’s clock the proposal is now {ahead}; the contracts
              agree once the next block is mined.
            </p>
          )}
          <LifecycleButtons proposal={proposal} permissions={permissions} />
          <section className="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <Timeline detail={detail} now={now} />
            <p className="muted small">
              Chain time: {formatTimestamp(now)}. Countdowns follow the chain’s
              clock, not your computer’s.
            </p>
          </section>
        </div>
      </div>
    </article>
  );
}

function Timeline({ detail, now }: { detail: Detail; now: bigint }) {
  const { proposal, times } = detail;
  const events: { label: string; at?: bigint; note?: string }[] = [
    { label: "Created", at: times.created },
    { label: "Voting starts", at: proposal.voteStart },
    {
      label: "Voting ends",
      at: proposal.voteEnd,
      note: proposal.extendedTo
        ? "extended: quorum was reached late"
        : undefined,
    },
  ];
  if (times.canceled !== undefined) {
    events.push({ label: "Canceled", at: times.canceled });
  } else {
    events.push({ label: "Queued", at: times.queued });
    events.push({
      label: "Executable",
      at: proposal.eta > 0n ? proposal.eta : undefined,
    });
    events.push({ label: "Executed", at: times.executed });
  }

  return (
    <ol className={styles.timeline}>
      {events.map(({ label, at, note }) => {
        const done = at !== undefined && at <= now;
        return (
          <li key={label}>
            <span
              className={`${styles.dot} ${done ? styles.dotDone : ""}`}
              aria-hidden="true"
            />
            <span>
              <strong>{label}</strong>
              <br />
              <span className="small muted">
                {at === undefined
                  ? "not yet"
                  : `${formatTimestamp(at)} (${formatSpan(at - now)})`}
                {note ? ` · ${note}` : ""}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
