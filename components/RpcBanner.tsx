"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useRpcHealth } from "@/hooks/useRpcHealth.ts";

/**
 * Says so when the node does not answer, offers a retry, and refreshes all
 * data once it answers again (the health check keeps polling meanwhile).
 */
export function RpcBanner() {
  const { rpcUrl } = useAppConfig();
  const { down, checking, retry } = useRpcHealth();
  const queryClient = useQueryClient();
  const wasDown = useRef(false);

  useEffect(() => {
    if (wasDown.current && !down) void queryClient.invalidateQueries();
    wasDown.current = down;
  }, [down, queryClient]);

  if (!down) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p>
        The blockchain node at <code>{rpcUrl}</code> is not answering. Start it
        (<code>npm run dev</code>); this page reconnects by itself.
      </p>
      <button
        type="button"
        className="button"
        disabled={checking}
        onClick={() => void retry()}
      >
        {checking ? "Checking…" : "Retry now"}
      </button>
    </div>
  );
}
