import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { ROOT } from "../../e2e/support/processes.ts";

/** What the Next app is made of: everything `next build` reads. */
const APP_PARTS = [
  "app",
  "components",
  "hooks",
  "lib",
  "generated",
  "public",
  "next.config.ts",
  "package.json",
  "tsconfig.json",
];

/**
 * Copies the app's sources to `dir` (keeping its `.next` cache) so that the
 * benchmark builds and serves its own production build: it never replaces
 * the `.next` another process in this tree is serving.
 *
 * With `gitRef` (BENCH_APP_REF, e.g. HEAD) the sources come from that commit
 * instead of the working tree, for a tree where others have work in progress.
 */
export async function copyApp(dir: string, gitRef?: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const committed = gitRef
    ? execFileSync("git", ["ls-tree", "--name-only", gitRef], { cwd: ROOT })
        .toString()
        .split("\n")
    : [];
  const parts = APP_PARTS.filter((part) =>
    gitRef ? committed.includes(part) : existsSync(path.join(ROOT, part)),
  );
  for (const part of [...APP_PARTS, "next.project-config.ts"]) {
    await rm(path.join(dir, part), { recursive: true, force: true });
  }
  for (const part of gitRef ? [] : parts) {
    await cp(path.join(ROOT, part), path.join(dir, part), {
      recursive: true,
      filter: (source) => !/\.test\.tsx?$/.test(source),
    });
  }
  if (gitRef) {
    const archive = execFileSync("git", ["archive", gitRef, ...parts], {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
  }
  // The project's Next config, minus the type check: `npm run build` checks
  // types; this build exists to be measured.
  await rename(
    path.join(dir, "next.config.ts"),
    path.join(dir, "next.project-config.ts"),
  );
  await writeFile(
    path.join(dir, "next.config.ts"),
    [
      'import type { NextConfig } from "next";',
      "",
      'import projectConfig from "./next.project-config.ts";',
      "",
      "const config: NextConfig = {",
      "  ...projectConfig,",
      "  typescript: { ...projectConfig.typescript, ignoreBuildErrors: true },",
      "};",
      "",
      "export default config;",
      "",
    ].join("\n"),
  );
}
