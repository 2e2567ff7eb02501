import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep `next dev` / `next build` from writing AGENTS.md into the project.
  agentRules: false,
  experimental: { agentUpgrade: false },
  // Dev tools and tests open the app at 127.0.0.1 as well as localhost.
  allowedDevOrigins: ["127.0.0.1"],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
