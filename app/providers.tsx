"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useMemo, useState } from "react";
import { createConfig, http, injected, WagmiProvider } from "wagmi";

import { ChainWatcher } from "@/components/ChainWatcher.tsx";
import {
  AppConfigContext,
  type AppContextValue,
} from "@/hooks/useAppConfig.ts";
import type { ReadyAppConfig } from "@/lib/app-config.ts";
import { appChain } from "@/lib/chain.ts";

/**
 * Client-side providers: wagmi (configured chain, EIP-6963 wallet discovery),
 * TanStack Query, and the runtime config the server read for this request.
 */
export function Providers({
  config,
  children,
}: {
  config: ReadyAppConfig;
  children: ReactNode;
}) {
  const { chainId, rpcUrl } = config;
  const chain = useMemo(() => appChain(chainId, rpcUrl), [chainId, rpcUrl]);
  const value = useMemo<AppContextValue>(
    () => ({ ...config, chain }),
    [config, chain],
  );
  const [wagmiConfig] = useState(() =>
    createConfig({
      chains: [chain],
      connectors: [injected()],
      multiInjectedProviderDiscovery: true,
      transports: { [chain.id]: http(rpcUrl, { batch: true, retryCount: 1 }) },
      // lib/ sizes its own multicalls (deployless ones must stay under
      // 24 KiB of results); wagmi's automatic merging would undo that.
      batch: { multicall: false },
      pollingInterval: 1_000,
      ssr: true,
    }),
  );
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 4_000, retry: 1, refetchOnWindowFocus: false },
        },
      }),
  );

  return (
    <AppConfigContext.Provider value={value}>
      <WagmiProvider config={wagmiConfig}>
        <QueryClientProvider client={queryClient}>
          <ChainWatcher />
          {children}
        </QueryClientProvider>
      </WagmiProvider>
    </AppConfigContext.Provider>
  );
}
