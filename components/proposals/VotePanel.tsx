"use client";

import { useId, useState } from "react";

import { TxStatus } from "@/components/TxStatus.tsx";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { daoGovernorAbi } from "@/generated/abis.ts";
import { formatAmount } from "@/lib/format.ts";
import type { Vote } from "@/lib/proposals/fetch-voters.ts";
import type { Proposal } from "@/lib/proposals/proposal.ts";
import type { Permission } from "@/lib/proposals/state-rules.ts";
import { validateText } from "@/lib/proposals/validate.ts";

import { useMounted, useVoterStatus } from "./queries.ts";

const CHOICES = [
  { support: 1, label: "For" },
  { support: 0, label: "Against" },
  { support: 2, label: "Abstain" },
] as const;

const MAX_REASON_LENGTH = 2_000;

/** Your vote and weight, and For / Against / Abstain with a reason. */
export function VotePanel({
  proposal,
  permission,
  symbol,
  votes,
}: {
  proposal: Proposal;
  permission: Permission;
  symbol: string;
  /** Every vote cast, to show the account's own. */
  votes: Vote[];
}) {
  const { deployment } = useAppConfig();
  const { address, wrongChain } = useWallet();
  const mounted = useMounted();
  const account = mounted ? address : undefined;
  const status = useVoterStatus(proposal, account);
  const flow = useWriteFlow();
  const [reason, setReason] = useState("");
  const [voted, setVoted] = useState<string>();
  const mine = votes.find(
    (vote) => vote.voter.toLowerCase() === account?.toLowerCase(),
  );
  const reasonId = useId();
  const whyId = useId();

  const reasonCheck = validateText(reason, {
    label: "reason",
    maxLength: MAX_REASON_LENGTH,
    required: false,
  });
  let blocked: string | undefined;
  if (!permission.allowed) blocked = permission.reason;
  else if (!account) blocked = "Connect a wallet to vote.";
  else if (wrongChain)
    blocked = "Switch your wallet to this app's network to vote.";
  else if (status.data?.hasVoted)
    blocked = "You have already voted on this proposal.";
  else if (!reasonCheck.ok) blocked = reasonCheck.error;

  const vote = async (support: 0 | 1 | 2, label: string) => {
    const receipt = await flow.write({
      address: deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName: reason.trim() ? "castVoteWithReason" : "castVote",
      args: reason.trim()
        ? [proposal.id, support, reason.trim()]
        : [proposal.id, support],
    });
    if (receipt) {
      setVoted(label);
      setReason("");
    }
  };

  return (
    <section className="card" aria-labelledby="vote-title">
      <h2 id="vote-title">Your vote</h2>
      {!account && <p className="muted">Connect a wallet to see your vote.</p>}
      {mine ? (
        <p>
          You voted <strong>{mine.choice}</strong> with{" "}
          {formatAmount(mine.weight)} {symbol}
          {mine.reason ? `: “${mine.reason}”` : "."}
        </p>
      ) : (
        account &&
        status.data && (
          <p>
            Your voting power
            {status.data.provisional ? " today" : " at the snapshot"}:{" "}
            <strong>
              {formatAmount(status.data.weight)} {symbol}
            </strong>
            .
            {status.data.weight === 0n && !status.data.provisional && (
              <span className="muted">
                {" "}
                You had no delegated votes at the snapshot, so a vote counts 0.
              </span>
            )}
          </p>
        )
      )}
      <div className="field">
        <label htmlFor={reasonId}>Reason (optional)</label>
        <textarea
          id={reasonId}
          className="input"
          rows={3}
          value={reason}
          aria-invalid={!reasonCheck.ok}
          onChange={(event) => setReason(event.target.value)}
          placeholder="Why you vote this way; it is stored on chain."
        />
      </div>
      <div className="button-row">
        {CHOICES.map(({ support, label }) => (
          <button
            key={label}
            type="button"
            className={support === 1 ? "button button-primary" : "button"}
            disabled={blocked !== undefined || flow.busy}
            aria-describedby={blocked ? whyId : undefined}
            onClick={() => void vote(support, label)}
          >
            Vote {label}
          </button>
        ))}
      </div>
      {blocked && (
        <p id={whyId} className="field-message">
          {blocked}
        </p>
      )}
      <TxStatus
        flow={flow}
        confirmedText={voted ? `Voted ${voted}.` : "Vote recorded."}
      />
    </section>
  );
}
