"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { useAppClient } from "@/hooks/useAppClient.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useBlockTimestamp } from "@/hooks/useLatestBlock.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { LOCAL_CHAIN_ID } from "@/lib/chain.ts";
import {
  advanceTime,
  fundAccount,
  mineBlock,
  readDaoDelays,
} from "@/lib/dev-chain.ts";
import { describeError } from "@/lib/errors.ts";
import { formatDuration, formatTimestamp } from "@/lib/format.ts";

/** Local-chain tools (chain 31337 only): skip time, mine, get test ETH. */
export function DevPanel() {
  const { chainId } = useAppConfig();
  if (chainId !== LOCAL_CHAIN_ID) return null;
  return <DevTools />;
}

function DevTools() {
  const { deployment } = useAppConfig();
  const client = useAppClient();
  const queryClient = useQueryClient();
  const { address } = useWallet();
  const timestamp = useBlockTimestamp();
  const [result, setResult] = useState<string | null>(null);

  const delays = useQuery({
    queryKey: ["dev-delays", deployment.contracts.DAOGovernor.address],
    queryFn: () => readDaoDelays(client, deployment),
    staleTime: Infinity,
  });

  const action = useMutation({
    mutationFn: async (run: () => Promise<string>) => run(),
    onSuccess: async (text) => {
      setResult(text);
      await queryClient.invalidateQueries();
    },
    onError: () => setResult(null),
  });
  const error = action.error ? describeError(action.error) : null;

  const skip = (label: string, seconds: number) => () =>
    action.mutate(async () => {
      const time = await advanceTime(client, seconds);
      return (
        `Skipped ${label} (${formatDuration(seconds)}); chain time is ` +
        `now ${formatTimestamp(time)}.`
      );
    });

  return (
    <details className="dev-panel">
      <summary>Dev tools (local chain)</summary>
      <p className="muted">
        Chain time: {timestamp === undefined ? "…" : formatTimestamp(timestamp)}
      </p>
      <div className="button-row">
        {delays.data && (
          <>
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={skip("the voting delay", delays.data.votingDelay + 1)}
            >
              Skip voting delay ({formatDuration(delays.data.votingDelay)})
            </button>
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={skip("the voting period", delays.data.votingPeriod + 1)}
            >
              Skip voting period ({formatDuration(delays.data.votingPeriod)})
            </button>
            <button
              type="button"
              className="button"
              disabled={action.isPending}
              onClick={skip(
                "the timelock delay",
                delays.data.timelockDelay + 1,
              )}
            >
              Skip timelock delay ({formatDuration(delays.data.timelockDelay)})
            </button>
          </>
        )}
        <button
          type="button"
          className="button"
          disabled={action.isPending}
          onClick={() =>
            action.mutate(async () => {
              await mineBlock(client);
              return "Mined a block.";
            })
          }
        >
          Mine a block
        </button>
        <button
          type="button"
          className="button"
          disabled={action.isPending || !address}
          title={address ? undefined : "Connect a wallet first"}
          onClick={() =>
            address &&
            action.mutate(async () => {
              await fundAccount(client, address);
              return "Added 10 test ETH to your account.";
            })
          }
        >
          Get 10 test ETH
        </button>
      </div>
      <div role="status" aria-live="polite" className="dev-result">
        {error ? error.message : result}
      </div>
    </details>
  );
}
