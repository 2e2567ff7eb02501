"use client";

import { useId } from "react";

import type { AddressMatch } from "@/lib/recognize-address.ts";

/**
 * A text field for an address with what is wrong shown underneath as the
 * user types. Once the address is valid it says which known address it is
 * ("This is the Treasury."), or, when it only looks like one, shows a
 * warning with a box to tick after comparing every digit: the form holds
 * the submission back until then (see `recognizeAddress`). The value is
 * controlled by the parent, so it survives failed transactions.
 */
export function AddressField({
  label,
  value,
  onChange,
  error,
  hint,
  match = null,
  confirmed = false,
  onConfirmedChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What is wrong with the value, shown once something is typed. */
  error?: string;
  hint?: string;
  /** The known address the valid value is, or imitates. */
  match?: AddressMatch | null;
  /** The user ticked that they compared every digit of the lookalike. */
  confirmed?: boolean;
  onConfirmedChange?: (confirmed: boolean) => void;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const showError = value.trim() !== "" && error !== undefined;
  const lookalike = !showError && match?.kind === "lookalike" ? match : null;
  const note = showError
    ? error
    : match?.kind === "exact"
      ? match.message
      : hint;

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input address"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="0x…"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={showError}
        aria-describedby={messageId}
      />
      {lookalike ? (
        <div className="notice notice-warning lookalike">
          <p id={messageId} role="alert">
            {lookalike.message}
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => onConfirmedChange?.(event.target.checked)}
            />
            I have compared every digit: this is the address I mean.
          </label>
        </div>
      ) : (
        <p
          id={messageId}
          className={`field-message${showError ? " invalid" : ""}`}
        >
          {note ?? "\u00a0"}
        </p>
      )}
    </div>
  );
}
