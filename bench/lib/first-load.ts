import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The app's routes, from the build's manifest (`/proposals/[id]` etc.). */
export function builtRoutes(root: string): string[] {
  const manifest = JSON.parse(
    readFileSync(
      path.join(root, ".next", "app-path-routes-manifest.json"),
      "utf8",
    ),
  ) as Record<string, string>;
  return [...new Set(Object.values(manifest))]
    .filter((route) => !route.startsWith("/_") && !/\.\w+$/.test(route))
    .sort();
}

/**
 * First Load JS of one page as `next build` used to print it: every script
 * the served HTML loads (`<script src>`), gzipped, summed. Each file is
 * fetched from the running server and gzipped here at the default level.
 */
export async function firstLoadJs(appUrl: string, route: string) {
  const html = await (await fetch(new URL(route, appUrl))).text();
  const sources = new Set(
    [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]),
  );
  let gzipped = 0;
  for (const src of sources) {
    const body = Buffer.from(
      await (
        await fetch(new URL(src.replaceAll("&amp;", "&"), appUrl))
      ).arrayBuffer(),
    );
    gzipped += gzipSync(body).length;
  }
  return { scripts: sources.size, gzipped };
}
