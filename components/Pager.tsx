/**
 * Previous / next buttons around "Page n of m"; renders nothing when there
 * is one page. `page` is 1-based and already clamped by the caller.
 */
export function Pager({
  label,
  page,
  pageCount,
  onPage,
  previous = "Previous page",
  next = "Next page",
}: {
  /** Names the navigation landmark, e.g. "Pages". */
  label: string;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  previous?: string;
  next?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="button-row" aria-label={label}>
      <button
        type="button"
        className="button"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {previous}
      </button>
      <span>
        Page {page} of {pageCount}
      </span>
      <button
        type="button"
        className="button"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {next}
      </button>
    </nav>
  );
}
