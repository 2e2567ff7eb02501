import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import {
  ConfigProblem,
  MissingDeployment,
} from "@/components/MissingDeployment.tsx";
import { NetworkBanner } from "@/components/NetworkBanner.tsx";
import { RpcBanner } from "@/components/RpcBanner.tsx";
import { SiteHeader } from "@/components/SiteHeader.tsx";
import { DevPanel } from "@/components/DevPanel.tsx";
import {
  type AppConfig,
  InvalidAppConfigError,
  loadAppConfig,
  type ReadyAppConfig,
} from "@/lib/app-config.ts";

import { Providers } from "./providers.tsx";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Commons DAO", template: "%s · Commons DAO" },
  description: "Govern the Commons DAO: tokens, NFTs, proposals and treasury.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({
  children,
}: {
  children: ReactNode;
}) {
  // Read the config per request, not at build time: one build serves any node.
  await connection();
  let config: AppConfig | null = null;
  let configProblem: string | null = null;
  try {
    config = await loadAppConfig();
  } catch (error) {
    if (!(error instanceof InvalidAppConfigError)) throw error;
    configProblem = error.message;
  }

  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {config?.deployment ? (
          <Providers config={config as ReadyAppConfig}>
            <SiteHeader />
            <RpcBanner />
            <NetworkBanner />
            <main id="main" className="container">
              {children}
            </main>
            <DevPanel />
          </Providers>
        ) : (
          <main id="main" className="container">
            {config ? (
              <MissingDeployment config={config} />
            ) : (
              <ConfigProblem problem={configProblem ?? ""} />
            )}
          </main>
        )}
      </body>
    </html>
  );
}
