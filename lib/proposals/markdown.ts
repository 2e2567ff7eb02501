import type { Options } from "react-markdown";
import { defaultUrlTransform } from "react-markdown";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/** Longest description rendered as markdown; the rest is cut with a note. */
export const MAX_MARKDOWN_CHARS = 50_000;

/**
 * Links and images may only use these schemes; `javascript:`, `data:` and
 * `vbscript:` URLs are dropped (react-markdown's default, kept explicit).
 */
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  return /^(https?:|mailto:|ipfs:|#|\/(?!\/)|\.)/i.test(cleaned) ||
    !/:/.test(cleaned)
    ? cleaned
    : "";
}

/**
 * Options for react-markdown that render untrusted proposal descriptions:
 * GitHub-flavoured markdown, raw HTML skipped (shown nowhere), URLs filtered
 * and the result sanitized by rehype-sanitize's GitHub schema.
 */
export const safeMarkdownOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [[rehypeSanitize, defaultSchema]],
  skipHtml: true,
  urlTransform: safeUrl,
} satisfies Options;

/** Cuts a description to what is rendered; `truncated` says if it was cut. */
export function limitMarkdown(text: string): {
  text: string;
  truncated: boolean;
} {
  if (text.length <= MAX_MARKDOWN_CHARS) return { text, truncated: false };
  return { text: text.slice(0, MAX_MARKDOWN_CHARS), truncated: true };
}
