import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep `next dev` / `next build` from writing AGENTS.md into the project.
  agentRules: false,
  experimental: { agentUpgrade: false },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
