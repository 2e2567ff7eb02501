import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import Markdown from "react-markdown";

import {
  MAX_MARKDOWN_CHARS,
  limitMarkdown,
  safeMarkdownOptions,
} from "./markdown.ts";
import { proposalTitle } from "./title.ts";

/** Renders a description exactly as the proposal page does. */
function render(description: string): string {
  const { text } = limitMarkdown(description);
  return renderToStaticMarkup(
    createElement(Markdown, safeMarkdownOptions, text),
  );
}

describe("safe markdown rendering", () => {
  it("renders headings, tables, lists and links", () => {
    const html = render(
      "# Title\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done\n\n[docs](https://example.org/x)",
    );
    assert.match(html, /<h1>Title<\/h1>/);
    assert.match(html, /<table>/);
    assert.match(html, /type="checkbox"/);
    assert.match(html, /<a href="https:\/\/example.org\/x">docs<\/a>/);
  });

  it("drops script tags, event handlers and raw HTML", () => {
    const html = render(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(2)">',
        '<iframe src="https://evil.example"></iframe>',
        '<a href="https://ok.example" onclick="alert(3)">hi</a>',
        "<style>body{display:none}</style>",
        "Plain text stays.",
      ].join("\n\n"),
    );
    assert.doesNotMatch(html, /<script|<iframe|<style|onerror|onclick|<img/i);
    assert.match(html, /Plain text stays\./);
  });

  it("removes javascript:, data: and vbscript: links and images", () => {
    const html = render(
      [
        "[click](javascript:alert(1))",
        "[upper](JaVaScRiPt:alert(1))",
        "[spaced]( javascript:alert(1))",
        "[entity](&#106;avascript:alert(1))",
        "[data](data:text/html;base64,PHNjcmlwdD4=)",
        "[vb](vbscript:msgbox(1))",
        "![img](javascript:alert(1))",
        "<javascript:alert(1)>",
        "[ok](https://example.org)",
      ].join("\n\n"),
    );
    assert.doesNotMatch(html, /(href|src)="[^"]*(javascript|data|vbscript):/i);
    assert.equal(html.match(/href=/g)?.length, 1);
    assert.match(html, /href="https:\/\/example.org"/);
  });

  it("shows images as links, so reading a proposal contacts no outside host", () => {
    const html = render(
      [
        "![tracking pixel](https://evil.example/track.png?reader=1)",
        "![](ipfs://bafy/diagram.png)",
        "![x](javascript:alert(1))",
        "Text after.",
      ].join("\n\n"),
    );
    assert.doesNotMatch(html, /<img|src=/i);
    assert.match(
      html,
      /<a href="https:\/\/evil.example\/track.png\?reader=1">Image: tracking pixel<\/a>/,
    );
    // Schemes the sanitizer refuses leave the label as plain text.
    assert.match(html, /<span>Image: untitled<\/span>/);
    assert.match(html, /<span>Image: x<\/span>/);
    assert.doesNotMatch(html, /javascript:/i);
    assert.match(html, /Text after\./);
  });

  it("cuts huge descriptions and still renders quickly and safely", () => {
    const huge = `# Huge\n\n${"<script>x</script> **bold** [a](javascript:1) ".repeat(40_000)}`;
    assert.ok(huge.length > 1_000_000);

    const { truncated, text } = limitMarkdown(huge);
    const html = render(huge);

    assert.equal(truncated, true);
    assert.equal(text.length, MAX_MARKDOWN_CHARS);
    assert.doesNotMatch(html, /<script|href="javascript:/i);
    assert.equal(proposalTitle(huge), "Huge");
  });

  it("keeps a title free of markup even when the heading is hostile", () => {
    assert.equal(
      proposalTitle("# <img src=x onerror=alert(1)> [x](javascript:alert(1))"),
      "<img src=x onerror=alert(1)> x",
    );
  });
});
