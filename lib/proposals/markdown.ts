import type { Element, ElementContent, Root } from "hast";
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
 * Turns every image into a link to it ("Image: alt text"): a description
 * must not make its readers' browsers fetch from hosts its author picks,
 * which would tell that host who reads the proposal and when.
 */
function rehypeImagesAsLinks() {
  const visit = (node: Root | Element) => {
    node.children = node.children.map(
      (child): ElementContent | typeof child => {
        if (child.type !== "element") return child;
        if (child.tagName !== "img") {
          visit(child);
          return child;
        }
        const { src, alt } = child.properties;
        const label = typeof alt === "string" && alt.trim() ? alt : "untitled";
        const text = { type: "text" as const, value: `Image: ${label}` };
        // The sanitizer has already removed a source it refuses.
        if (typeof src !== "string" || src === "") {
          return {
            type: "element",
            tagName: "span",
            properties: {},
            children: [text],
          };
        }
        return {
          type: "element",
          tagName: "a",
          properties: { href: src },
          children: [text],
        };
      },
    );
  };
  return (tree: Root) => visit(tree);
}

/**
 * Options for react-markdown that render untrusted proposal descriptions:
 * GitHub-flavoured markdown, raw HTML skipped (shown nowhere), the result
 * sanitized by rehype-sanitize's GitHub schema, images shown as links and
 * URLs filtered.
 */
export const safeMarkdownOptions = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [[rehypeSanitize, defaultSchema], rehypeImagesAsLinks],
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
