// ESLint flat config. Three layers:
// 1. Next's rules (React, hooks, a11y, next) for the app's own folders;
// 2. typed typescript-eslint (projectService) for every TypeScript file;
// 3. test files, where node:test's describe/it return promises on purpose.
import { defineConfig, globalIgnores } from "eslint/config";
import js from "@eslint/js";
import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const APP_FILES = [
  "app/**/*.{ts,tsx,js,jsx,mjs}",
  "components/**/*.{ts,tsx,js,jsx,mjs}",
  "hooks/**/*.{ts,tsx,js,jsx,mjs}",
];
// Node's globals for plain .mjs scripts (listed to avoid one more package).
const NODE_GLOBALS = Object.fromEntries(
  [
    "AbortController",
    "AbortSignal",
    "Buffer",
    "URL",
    "URLSearchParams",
    "TextDecoder",
    "TextEncoder",
    "clearInterval",
    "clearTimeout",
    "console",
    "fetch",
    "performance",
    "process",
    "setInterval",
    "setTimeout",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);
const TS_FILES = ["**/*.{ts,tsx,mts,cts}"];
const TEST_FILES = ["test/**/*.ts", "e2e/**/*.ts", "**/*.test.{ts,tsx}"];

export default defineConfig([
  globalIgnores([
    "node_modules/",
    ".next/",
    "generated/",
    "artifacts/",
    "types/",
    "cache/",
    "coverage/",
    "deployments/",
    "ignition/deployments/",
    "bench/out/",
    "next-env.d.ts",
  ]),

  // 1. Next.js: only where Next renders code.
  ...nextVitals.map((config) =>
    config.files ? { ...config, files: APP_FILES } : config,
  ),

  // Plain JavaScript (scripts, configs).
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: NODE_GLOBALS },
  },

  // 2. TypeScript, checked with types from tsconfig.json.
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // 3. node:test suites.
  {
    files: TEST_FILES,
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
    },
  },
]);
