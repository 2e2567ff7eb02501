"use client";

import { useMemo } from "react";

import { type KnownAddress, knownAddresses } from "@/lib/recognize-address.ts";

import { useAppConfig } from "./useAppConfig.ts";
import { useWallet } from "./useWallet.ts";

/** The DAO's contracts and the connected account: what typed addresses are compared with. */
export function useKnownAddresses(): KnownAddress[] {
  const { deployment } = useAppConfig();
  const { address } = useWallet();
  return useMemo(
    () => knownAddresses(deployment, address),
    [deployment, address],
  );
}
