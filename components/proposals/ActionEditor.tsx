"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { Abi, Address } from "viem";

import { AddressField } from "@/components/AddressField.tsx";
import { useAppClient } from "@/hooks/useAppClient.ts";
import { useAppConfig } from "@/hooks/useAppConfig.ts";
import { useKnownAddresses } from "@/hooks/useKnownAddresses.ts";
import { CONTRACT_NAMES } from "@/lib/deployments.ts";
import { actionAddressMatches } from "@/lib/proposals/action-address-matches.ts";
import {
  type DescribeContext,
  describeAction,
} from "@/lib/proposals/describe-action.ts";
import type { DraftAction } from "@/lib/proposals/drafts.ts";
import { simulateActions } from "@/lib/proposals/simulate-actions.ts";
import {
  type BuildResult,
  type TemplateField,
  TEMPLATE_IDS,
  TEMPLATES,
  type TemplateId,
  customTarget,
  functionSignature,
  writableFunctions,
} from "@/lib/proposals/templates.ts";

import styles from "./proposals.module.css";

/** Serialises an action for query keys (bigints as strings). */
function actionKey(result: BuildResult): string {
  return result.ok
    ? `${result.action.target}:${result.action.value}:${result.action.calldata}`
    : "invalid";
}

/**
 * One action of a new proposal: a template, its fields with messages as
 * typed, the call in words and whether the treasury could make it now.
 * Address fields also name a DAO contract or the connected account they
 * match, and warn when they only look like one; the proposal waits until
 * the user confirms such a lookalike (see `actionAddressMatches`).
 */
export function ActionEditor({
  index,
  action,
  result,
  context,
  onChange,
  onRemove,
}: {
  index: number;
  action: DraftAction;
  result: BuildResult;
  context: DescribeContext;
  onChange: (action: DraftAction) => void;
  onRemove: () => void;
}) {
  const client = useAppClient();
  const { deployment } = useAppConfig();
  const known = useKnownAddresses();
  const templateId = useId();
  const template = TEMPLATES[action.template];
  const set = (name: string, value: string) =>
    onChange({ ...action, fields: { ...action.fields, [name]: value } });
  const confirm = (name: string, address: Address, yes: boolean) => {
    const confirmed = { ...action.confirmed };
    if (yes) confirmed[name] = address;
    else delete confirmed[name];
    onChange({ ...action, confirmed });
  };

  const custom = action.template === "custom";
  const target = custom ? customTarget(action.fields, deployment) : undefined;
  const pastedAbi: Abi =
    custom && action.fields.contract === "other" && target?.abi.ok
      ? target.abi.value
      : [];

  const simulation = useQuery({
    queryKey: ["proposals", "simulate", actionKey(result)],
    queryFn: async () =>
      (
        await simulateActions(
          client,
          deployment,
          [result.ok ? result.action : never()],
          pastedAbi,
        )
      )[0],
    enabled: result.ok,
  });

  const errors = result.ok ? {} : result.errors;
  const fieldError = (name: string) =>
    (action.fields[name] ?? "") !== "" || name === "function"
      ? errors[name]
      : undefined;

  const matches = actionAddressMatches(action, deployment, known);
  /** An address field: its text, message, match and confirmation box. */
  const addressField = (name: string, label: string) => {
    const found = matches.find((candidate) => candidate.field === name);
    return (
      <AddressField
        key={name}
        label={label}
        value={action.fields[name] ?? ""}
        error={fieldError(name)}
        onChange={(value) => set(name, value)}
        match={found?.match ?? null}
        confirmed={found?.confirmed ?? false}
        onConfirmedChange={(yes) => {
          if (found) confirm(name, found.address, yes);
        }}
      />
    );
  };

  let fields: TemplateField[] = template.fields;
  if (custom) {
    fields = template.fields.filter(
      (field) =>
        action.fields.contract === "other" ||
        (field.name !== "address" && field.name !== "abi"),
    );
  }
  const functions = target?.abi.ok ? writableFunctions(target.abi.value) : [];
  const chosen = functions.find(
    (fn) => functionSignature(fn) === action.fields.function,
  );

  return (
    <fieldset className={styles.actionEditor}>
      <legend>Action {index + 1}</legend>
      <div className="field">
        <label htmlFor={templateId}>Kind of action</label>
        <select
          id={templateId}
          className="input"
          value={action.template}
          onChange={(event) =>
            onChange({ template: event.target.value as TemplateId, fields: {} })
          }
        >
          {TEMPLATE_IDS.map((id) => (
            <option key={id} value={id}>
              {TEMPLATES[id].label}
            </option>
          ))}
        </select>
      </div>
      {fields.map((field) =>
        field.name === "function" ? (
          <FunctionPicker
            key={field.name}
            value={action.fields.function ?? ""}
            options={functions.map(functionSignature)}
            error={target?.abi.ok ? fieldError("function") : undefined}
            onChange={(value) =>
              onChange({
                ...action,
                fields: withoutArguments({ ...action.fields, function: value }),
                confirmed: withoutArguments(action.confirmed ?? {}),
              })
            }
          />
        ) : field.kind === "address" ? (
          addressField(field.name, field.label)
        ) : (
          <Field
            key={field.name}
            field={field}
            value={action.fields[field.name] ?? ""}
            error={fieldError(field.name)}
            onChange={(value) => set(field.name, value)}
          />
        ),
      )}
      {chosen?.inputs.map((input, argIndex) =>
        input.type === "address" ? (
          addressField(
            `arg${argIndex}`,
            `${input.name || `Argument ${argIndex + 1}`} (address)`,
          )
        ) : (
          <Field
            key={`arg${argIndex}-${input.name}`}
            field={{
              name: `arg${argIndex}`,
              label: `${input.name || `Argument ${argIndex + 1}`} (${input.type})`,
              kind: "text",
              placeholder: /\[|tuple/.test(input.type)
                ? '["…", "…"]'
                : undefined,
            }}
            value={action.fields[`arg${argIndex}`] ?? ""}
            error={fieldError(`arg${argIndex}`)}
            onChange={(value) => set(`arg${argIndex}`, value)}
          />
        ),
      )}
      {result.ok && (
        <div role="status" aria-live="polite">
          <p style={{ margin: 0 }}>
            {describeAction(result.action, context).summary}
          </p>
          <SimulationLine query={simulation} />
        </div>
      )}
      <div>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={onRemove}
        >
          Remove action {index + 1}
        </button>
      </div>
    </fieldset>
  );
}

/** `record` without the function arguments (`arg0`, `arg1`…). */
function withoutArguments<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter(([name]) => !name.startsWith("arg")),
  );
}

function never(): never {
  throw new Error("simulation ran without a valid action");
}

function SimulationLine({
  query,
}: {
  query: ReturnType<
    typeof useQuery<Awaited<ReturnType<typeof simulateActions>>[number]>
  >;
}) {
  if (query.isPending)
    return <p className="muted small">Checking from the treasury…</p>;
  if (query.error) {
    return (
      <p className={`small ${styles.bad}`}>
        Could not check: {query.error.message}
      </p>
    );
  }
  const result = query.data;
  if (result.status === "success") {
    return (
      <p className={`small ${styles.ok}`}>
        ✓ Would succeed if the treasury ran it now.
      </p>
    );
  }
  if (result.status === "unchecked") {
    return <p className="small muted">Not checked: {result.reason}</p>;
  }
  return (
    <p className={`small ${styles.bad}`}>
      ✗ Would revert if run now: {result.reason}
    </p>
  );
}

function Field({
  field,
  value,
  error,
  onChange,
}: {
  field: TemplateField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const common = {
    id,
    className: "input",
    "aria-invalid": error !== undefined,
    "aria-describedby": error ? messageId : undefined,
  };
  let input;
  if (field.kind === "boolean") {
    input = (
      <select
        {...common}
        value={value || "false"}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="true">Yes: pause minting</option>
        <option value="false">No: resume minting</option>
      </select>
    );
  } else if (field.kind === "contract") {
    input = (
      <select
        {...common}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Choose a contract…</option>
        {CONTRACT_NAMES.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value="other">Another contract (paste its ABI)</option>
      </select>
    );
  } else if (field.kind === "abi") {
    input = (
      <textarea
        {...common}
        rows={4}
        value={value}
        spellCheck={false}
        placeholder='[{"type":"function","name":"…","inputs":[…]}]'
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    input = (
      <input
        {...common}
        value={value}
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        inputMode={field.kind === "amount" ? "decimal" : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {input}
      {error && (
        <p id={messageId} className="field-message invalid">
          {error}
        </p>
      )}
    </div>
  );
}

function FunctionPicker({
  value,
  options,
  error,
  onChange,
}: {
  value: string;
  options: string[];
  error?: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Function</label>
      <select
        id={id}
        className="input"
        value={value}
        disabled={options.length === 0}
        aria-invalid={error !== undefined && value !== ""}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">
          {options.length ? "Choose a function…" : "Choose a contract first"}
        </option>
        {options.map((signature) => (
          <option key={signature} value={signature}>
            {signature}
          </option>
        ))}
      </select>
    </div>
  );
}
