import Markdown, { type Components } from "react-markdown";

import {
  limitMarkdown,
  safeMarkdownOptions,
} from "@/lib/proposals/markdown.ts";

import styles from "./proposals.module.css";

/**
 * The page's own title is its only h1: description headings start at h3,
 * under the "Description" h2.
 */
const COMPONENTS: Components = {
  h1: "h3",
  h2: "h4",
  h3: "h5",
  h4: "h6",
  h5: "h6",
  // A link whose URL was removed as unsafe shows as plain text.
  a: ({ href, children }) =>
    href ? (
      <a href={href} rel="noopener noreferrer nofollow" target="_blank">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

/**
 * A proposal description rendered as safe markdown: no raw HTML, no
 * `javascript:` links, sanitized output, and very long text cut with a note.
 */
export function ProposalMarkdown({ text }: { text: string }) {
  const { text: shown, truncated } = limitMarkdown(text);
  return (
    <div className={styles.markdown}>
      <Markdown {...safeMarkdownOptions} components={COMPONENTS}>
        {shown}
      </Markdown>
      {truncated && (
        <p className="notice notice-warning">
          The description is {text.length.toLocaleString("en-US")} characters
          long; only the first {shown.length.toLocaleString("en-US")} are shown.
        </p>
      )}
    </div>
  );
}
