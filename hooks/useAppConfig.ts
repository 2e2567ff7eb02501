"use client";

import { createContext, useContext } from "react";
import type { Chain } from "viem";

import type { ReadyAppConfig } from "@/lib/app-config.ts";

/** The runtime config plus the viem chain built from it. */
export interface AppContextValue extends ReadyAppConfig {
  chain: Chain;
}

export const AppConfigContext = createContext<AppContextValue | null>(null);

/**
 * The app's chain, RPC URL and DAO deployment (read by the server at request
 * time). Only usable under `<Providers>`, which renders only with a deployment.
 */
export function useAppConfig(): AppContextValue {
  const value = useContext(AppConfigContext);
  if (!value) throw new Error("useAppConfig must be used inside <Providers>");
  return value;
}
