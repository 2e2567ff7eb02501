import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keeps `next dev` from writing an AGENTS.md into the project.
  agentRules: false,
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
