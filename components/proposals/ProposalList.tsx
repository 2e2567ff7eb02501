"use client";

import Link from "next/link";
import { useId, useState } from "react";

import { ErrorNotice } from "@/components/ErrorNotice.tsx";
import { Pager } from "@/components/Pager.tsx";
import { QueryState } from "@/components/QueryState.tsx";
import { describeError } from "@/lib/errors.ts";
import type { IndexedProposal } from "@/lib/proposals/fetch-proposals.ts";
import {
  PROPOSAL_STATES,
  type ProposalState,
} from "@/lib/proposals/proposal.ts";
import { queryProposals } from "@/lib/proposals/query-proposals.ts";

import styles from "./proposals.module.css";
import {
  useDescribeContext,
  useProposalIndex,
  useProposalRows,
} from "./queries.ts";
import { StateBadge } from "./StateBadge.tsx";
import { TallyBars } from "./TallyBars.tsx";

const PAGE_SIZE = 10;

/**
 * Every proposal, filterable by state and title, ten to a page, live. Titles
 * and states of all proposals come from one log range and one batch of
 * `state` reads; votes and quorum are read for the shown page only.
 */
export function ProposalList() {
  const proposals = useProposalIndex();
  const context = useDescribeContext();
  const [state, setState] = useState<ProposalState | "">("");
  const [search, setSearch] = useState("");
  const [page, setPage] = useState(1);
  const stateId = useId();
  const searchId = useId();
  const symbol = context.data?.token.symbol ?? "";

  return (
    <div className="stack">
      <div className="page-header">
        <h1>Proposals</h1>
        <Link className="button button-primary" href="/proposals/new">
          New proposal
        </Link>
      </div>
      <div className={`card ${styles.filters}`} role="search">
        <div className="field">
          <label htmlFor={stateId}>State</label>
          <select
            id={stateId}
            className="input"
            value={state}
            onChange={(event) => {
              setState(event.target.value as ProposalState | "");
              setPage(1);
            }}
          >
            <option value="">All states</option>
            {PROPOSAL_STATES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={searchId}>Search titles</label>
          <input
            id={searchId}
            className="input"
            type="search"
            value={search}
            placeholder="Words in the title"
            onChange={(event) => {
              setSearch(event.target.value);
              setPage(1);
            }}
          />
        </div>
      </div>
      <QueryState query={proposals} loading="Loading proposals…">
        {(all) => {
          const result = queryProposals(all, {
            state: state || undefined,
            search,
            page,
            pageSize: PAGE_SIZE,
          });
          if (all.length === 0) {
            return (
              <p className="muted">
                No proposals yet.{" "}
                <Link href="/proposals/new">Write the first one.</Link>
              </p>
            );
          }
          return (
            <section aria-label="Proposal list" className="stack">
              <p className="muted" role="status">
                {result.total} of {all.length} proposals
                {state ? ` in state ${state}` : ""}
                {search.trim() ? ` matching “${search.trim()}”` : ""}.
              </p>
              {result.total === 0 ? (
                <p>
                  No proposal matches; change the state or the search words.
                </p>
              ) : (
                <ProposalRows items={result.items} symbol={symbol} />
              )}
              <Pager
                label="Pages"
                page={result.page}
                pageCount={result.pageCount}
                onPage={setPage}
              />
            </section>
          );
        }}
      </QueryState>
    </div>
  );
}

/** One page of the list: title and state, then votes once they are read. */
function ProposalRows({
  items,
  symbol,
}: {
  items: readonly IndexedProposal[];
  symbol: string;
}) {
  const rows = useProposalRows(items);
  const readById = new Map(
    (rows.data ?? []).map((proposal) => [proposal.id, proposal]),
  );
  return (
    <>
      {rows.error && !rows.data && (
        <ErrorNotice error={describeError(rows.error)} />
      )}
      <ul className={styles.rows}>
        {items.map((item) => {
          const read = readById.get(item.id);
          return (
            <li key={item.id.toString()} className={`card ${styles.row}`}>
              <div className={styles.rowHead}>
                <Link href={`/proposals/${item.id}`}>{item.title}</Link>
                <StateBadge state={read?.state ?? item.state} />
              </div>
              {read ? (
                <TallyBars proposal={read} symbol={symbol} compact />
              ) : (
                <p className="muted">
                  {rows.error ? "Votes could not be read." : "Loading votes…"}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
