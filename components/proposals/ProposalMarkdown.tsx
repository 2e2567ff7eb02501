import Markdown from "react-markdown";

import {
  limitMarkdown,
  safeMarkdownOptions,
} from "@/lib/proposals/markdown.ts";

import styles from "./proposals.module.css";

/**
 * A proposal description rendered as safe markdown: no raw HTML, no
 * `javascript:` links, sanitized output, and very long text cut with a note.
 */
export function ProposalMarkdown({ text }: { text: string }) {
  const { text: shown, truncated } = limitMarkdown(text);
  return (
    <div className={styles.markdown}>
      <Markdown {...safeMarkdownOptions}>{shown}</Markdown>
      {truncated && (
        <p className="notice notice-warning">
          The description is {text.length.toLocaleString("en-US")} characters
          long; only the first {shown.length.toLocaleString("en-US")} are shown.
        </p>
      )}
    </div>
  );
}
