import type { Proposal, ProposalState } from "./proposal.ts";

/** What filtering and searching look at. */
type Listed = Pick<Proposal, "state" | "title">;

export interface ProposalQuery {
  /** Only proposals in this state; all when undefined. */
  state?: ProposalState;
  /** Case-insensitive words that must all appear in the title. */
  search?: string;
  /** 1-based page number; out-of-range pages are clamped. */
  page?: number;
  pageSize?: number;
}

export interface ProposalPage<T extends Listed = Proposal> {
  items: T[];
  page: number;
  pageCount: number;
  /** Proposals matching the filter, on all pages. */
  total: number;
}

export const DEFAULT_PAGE_SIZE = 10;

/** Filters proposals by state and title words, then returns one page. */
export function queryProposals<T extends Listed>(
  proposals: readonly T[],
  { state, search = "", page = 1, pageSize = DEFAULT_PAGE_SIZE }: ProposalQuery,
): ProposalPage<T> {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = proposals.filter(
    (proposal) =>
      (state === undefined || proposal.state === state) &&
      words.every((word) => proposal.title.toLowerCase().includes(word)),
  );

  const size = Math.max(1, Math.floor(pageSize));
  const pageCount = Math.max(1, Math.ceil(matching.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return {
    items: matching.slice((current - 1) * size, current * size),
    page: current,
    pageCount,
    total: matching.length,
  };
}
