"use client";

import { useId } from "react";

import type { AddressCheck } from "@/lib/address.ts";

/**
 * A text field for an address with its check shown underneath as the user
 * types (after the first character). The value is controlled by the parent,
 * so it survives failed transactions.
 */
export function AddressField({
  label,
  value,
  onChange,
  check,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  check: AddressCheck;
  hint?: string;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const showError = value.trim() !== "" && !check.ok;
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
      <p
        id={messageId}
        className={`field-message${showError ? " invalid" : ""}`}
      >
        {showError && !check.ok ? check.message : (hint ?? "\u00a0")}
      </p>
    </div>
  );
}
