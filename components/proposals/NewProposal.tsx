"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";

import { ErrorNotice } from "@/components/ErrorNotice.tsx";
import { TxStatus } from "@/components/TxStatus.tsx";
import { daoGovernorAbi } from "@/generated/abis.ts";
import { useAppClient } from "@/hooks/useAppClient.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useKnownAddresses } from "@/hooks/useKnownAddresses.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { useWriteFlow } from "@/hooks/useWriteFlow.ts";
import { describeError } from "@/lib/errors.ts";
import { actionAddressMatches } from "@/lib/proposals/action-address-matches.ts";
import { checkThreshold } from "@/lib/proposals/check-threshold.ts";
import {
  type DraftAction,
  type ProposalDraft,
  composeDescription,
  draftStore,
} from "@/lib/proposals/drafts.ts";
import { findDuplicate, proposalId } from "@/lib/proposals/find-duplicate.ts";
import {
  buildTemplateAction,
  fetchTemplateContext,
} from "@/lib/proposals/templates.ts";
import { validateText } from "@/lib/proposals/validate.ts";

import { ActionEditor } from "./ActionEditor.tsx";
import { ProposalMarkdown } from "./ProposalMarkdown.tsx";
import styles from "./proposals.module.css";
import { useDescribeContext, useMounted } from "./queries.ts";

const MAX_TITLE_LENGTH = 120;
const MAX_BODY_LENGTH = 20_000;
const AUTOSAVE_DELAY_MS = 400;

const count = (n: number) => n.toLocaleString("en-US");

function emptyDraft(): ProposalDraft {
  return {
    id: crypto.randomUUID(),
    title: "",
    body: "",
    actions: [{ template: "sendEth", fields: {} }],
    updatedAt: Date.now(),
  };
}

/** The new-proposal form: text with preview, actions, checks, drafts. */
export function NewProposal() {
  const mounted = useMounted();
  if (!mounted) {
    return (
      <p className="muted" role="status">
        Loading the editor…
      </p>
    );
  }
  return <Editor />;
}

function Editor() {
  const { deployment, chainId } = useAppConfig();
  const client = useAppClient();
  const router = useRouter();
  const { address, wrongChain } = useWallet();
  const flow = useWriteFlow();
  const describeContext = useDescribeContext();
  const known = useKnownAddresses();
  const templateContext = useQuery({
    queryKey: [
      "proposals",
      "template-context",
      deployment.contracts.Treasury.address,
    ],
    queryFn: () => fetchTemplateContext(client, deployment),
  });

  const store = useMemo(
    () =>
      draftStore(
        window.localStorage,
        `${chainId}:${deployment.contracts.DAOGovernor.address}`,
      ),
    [chainId, deployment],
  );
  const [drafts, setDrafts] = useState<ProposalDraft[]>(() => store.list());
  const [draft, setDraft] = useState<ProposalDraft>(
    () => drafts[0] ?? emptyDraft(),
  );
  const [preview, setPreview] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const titleId = useId();
  const bodyId = useId();

  // Keep what is typed in localStorage until submitted or discarded.
  useEffect(() => {
    const hasContent =
      draft.title.trim() !== "" ||
      draft.body.trim() !== "" ||
      draft.actions.some((a) =>
        Object.values(a.fields).some((v) => v.trim() !== ""),
      );
    if (!hasContent) return;
    const timer = setTimeout(() => {
      store.save(draft);
      setDrafts(store.list());
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, store]);

  const update = (change: Partial<ProposalDraft>) =>
    setDraft((current) => ({ ...current, ...change, updatedAt: Date.now() }));
  const setAction = (index: number, action: DraftAction) =>
    update({
      actions: draft.actions.map((a, i) => (i === index ? action : a)),
    });

  const titleCheck = validateText(draft.title, {
    label: "title",
    maxLength: MAX_TITLE_LENGTH,
  });
  const bodyCheck = validateText(draft.body, {
    label: "description",
    maxLength: MAX_BODY_LENGTH,
    required: false,
  });
  const description = composeDescription(draft.title, draft.body);
  const results = templateContext.data
    ? draft.actions.map((a) =>
        buildTemplateAction(a.template, a.fields, templateContext.data),
      )
    : [];
  const actions = results.flatMap((r) => (r.ok ? [r.action] : []));
  const allValid =
    titleCheck.ok &&
    bodyCheck.ok &&
    results.length > 0 &&
    actions.length === results.length;

  const threshold = useQuery({
    queryKey: ["proposals", "threshold", address],
    queryFn: () => checkThreshold(client, deployment, address!),
    enabled: address !== undefined,
  });
  const duplicate = useQuery({
    queryKey: [
      "proposals",
      "duplicate",
      description,
      actions.map((a) => a.calldata + a.target + a.value),
    ],
    queryFn: async () =>
      (await findDuplicate(client, deployment, actions, description)) ?? null,
    enabled: allValid,
  });

  const blockers: string[] = [];
  if (!address) blockers.push("Connect a wallet to propose.");
  else if (wrongChain)
    blockers.push("Switch your wallet to this app's network.");
  if (!titleCheck.ok) blockers.push(titleCheck.error);
  if (!bodyCheck.ok) blockers.push(bodyCheck.error);
  if (draft.actions.length === 0) blockers.push("Add at least one action.");
  else if (results.length > 0 && actions.length < results.length) {
    blockers.push("Fix the highlighted action fields.");
  }
  draft.actions.forEach((action, index) => {
    const lookalike = actionAddressMatches(action, deployment, known).find(
      (found) => found.blocks,
    );
    if (lookalike) {
      blockers.push(
        `An address in action ${index + 1} only looks like ` +
          `${lookalike.match.known.name}: correct it, or tick the box under ` +
          "it once you have compared every digit.",
      );
    }
  });
  if (threshold.data && !threshold.data.enough)
    blockers.push(threshold.data.message);
  if (duplicate.data) {
    blockers.push(
      `An identical proposal already exists (${duplicate.data.state}); ` +
        "change the text or the actions.",
    );
  }

  // The threshold message already shows above the list.
  const listed = blockers.filter((text) => text !== threshold.data?.message);

  const submit = async () => {
    setAttempted(true);
    if (blockers.length > 0) return;
    const receipt = await flow.write({
      address: deployment.contracts.DAOGovernor.address,
      abi: daoGovernorAbi,
      functionName: "propose",
      args: [
        actions.map((a) => a.target),
        actions.map((a) => a.value),
        actions.map((a) => a.calldata),
        description,
      ],
    });
    if (receipt) {
      store.remove(draft.id);
      router.push(`/proposals/${proposalId(actions, description)}`);
    }
  };

  const discard = (id: string) => {
    store.remove(id);
    const rest = store.list();
    setDrafts(rest);
    if (id === draft.id) setDraft(emptyDraft());
  };

  return (
    <div className="stack">
      <div className="page-header">
        <h1>New proposal</h1>
        <p>
          <Link href="/proposals">← Proposals</Link>
        </p>
      </div>
      {drafts.length > 0 && (
        <section className="card" aria-labelledby="drafts-title">
          <h2 id="drafts-title">Drafts on this device</h2>
          <ul>
            {drafts.map((saved) => (
              <li key={saved.id}>
                {saved.title.trim() || "Untitled"}{" "}
                <span className="muted small">
                  (saved {new Date(saved.updatedAt).toLocaleString()})
                </span>{" "}
                {saved.id === draft.id ? (
                  <span className="badge">editing</span>
                ) : (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => setDraft(saved)}
                  >
                    Open draft
                  </button>
                )}{" "}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => discard(saved.id)}
                >
                  Discard draft
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button button-small"
            onClick={() => setDraft(emptyDraft())}
          >
            Start a new draft
          </button>
        </section>
      )}
      <section className="card" aria-labelledby="text-title">
        <h2 id="text-title">Text</h2>
        <div className="field">
          <label htmlFor={titleId}>Title</label>
          <input
            id={titleId}
            className="input"
            value={draft.title}
            aria-invalid={(attempted || draft.title !== "") && !titleCheck.ok}
            onChange={(e) => update({ title: e.target.value })}
            placeholder="Fund the community events budget"
          />
          {(attempted || draft.title !== "") && !titleCheck.ok && (
            <p className="field-message invalid">{titleCheck.error}</p>
          )}
        </div>
        <div className="field">
          <div
            className="button-row"
            role="group"
            aria-label="Description view"
          >
            <label htmlFor={bodyId}>Description (markdown)</label>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-pressed={!preview}
              onClick={() => setPreview(false)}
            >
              Write
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              aria-pressed={preview}
              onClick={() => setPreview(true)}
            >
              Preview
            </button>
          </div>
          {preview ? (
            <div className="card">
              <ProposalMarkdown text={description} />
            </div>
          ) : (
            <textarea
              id={bodyId}
              className={`input ${styles.textarea}`}
              value={draft.body}
              aria-invalid={!bodyCheck.ok}
              onChange={(e) => update({ body: e.target.value })}
              placeholder={"## Summary\n\nWhat the proposal does and why."}
            />
          )}
          <p className={`field-message ${bodyCheck.ok ? "" : "invalid"}`}>
            {bodyCheck.ok
              ? `${count(draft.body.length)} / ${count(MAX_BODY_LENGTH)} ` +
                "characters; the title becomes the first heading."
              : bodyCheck.error}
          </p>
        </div>
      </section>
      <section className="card stack" aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        <p className="muted small">
          Executed by the treasury in this order. Each is checked from the
          treasury’s address against the chain as it is now.
        </p>
        {templateContext.error && (
          <ErrorNotice error={describeError(templateContext.error)} />
        )}
        {templateContext.data && describeContext.data
          ? draft.actions.map((action, index) => (
              <ActionEditor
                key={index}
                index={index}
                action={action}
                result={results[index]}
                context={describeContext.data}
                onChange={(next) => setAction(index, next)}
                onRemove={() =>
                  update({
                    actions: draft.actions.filter((_, i) => i !== index),
                  })
                }
              />
            ))
          : !templateContext.error && (
              <p className="muted">Loading the treasury’s figures…</p>
            )}
        <div>
          <button
            type="button"
            className="button"
            onClick={() =>
              update({
                actions: [
                  ...draft.actions,
                  { template: "sendEth", fields: {} },
                ],
              })
            }
          >
            Add action
          </button>
        </div>
      </section>
      <section className="card" aria-labelledby="submit-title">
        <h2 id="submit-title">Submit</h2>
        {threshold.data && (
          <p className={threshold.data.enough ? styles.ok : styles.bad}>
            {threshold.data.message}
          </p>
        )}
        {threshold.error && (
          <ErrorNotice error={describeError(threshold.error)} />
        )}
        {duplicate.data && (
          <p>
            <Link href={`/proposals/${duplicate.data.id}`}>
              Open the existing proposal
            </Link>
          </p>
        )}
        {duplicate.data === null && allValid && (
          <p className="muted small">No identical proposal exists.</p>
        )}
        {listed.length > 0 && (
          <ul className="field-message" aria-label="Before you can propose">
            {listed.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={flow.busy || (attempted && blockers.length > 0)}
            onClick={() => void submit()}
          >
            Propose
          </button>
          <span className="muted small">
            Your draft stays saved until the proposal is on chain.
          </span>
        </div>
        <TxStatus flow={flow} confirmedText="Proposal submitted." />
      </section>
    </div>
  );
}
