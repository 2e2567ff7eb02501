import type { Address } from "viem";

import { checkAddress } from "../address.ts";
import type { Deployment } from "../deployments.ts";
import {
  type AddressMatch,
  type KnownAddress,
  blocksSubmission,
  recognizeAddress,
} from "../recognize-address.ts";
import type { DraftAction } from "./drafts.ts";
import { addressFieldNames } from "./templates.ts";

/** An address typed into an action that is, or imitates, a known one. */
export interface ActionAddressMatch {
  /** The action's field: "to", "address", "arg0"… */
  field: string;
  address: Address;
  match: AddressMatch;
  /** The user confirmed this lookalike after comparing every digit. */
  confirmed: boolean;
  /** An unconfirmed lookalike: the proposal cannot be submitted yet. */
  blocks: boolean;
}

/**
 * Every valid address typed into `action`'s address fields that matches or
 * only looks like one of `known`. A lookalike blocks the proposal until the
 * user confirms it (see {@link recognizeAddress} for why).
 */
export function actionAddressMatches(
  action: DraftAction,
  deployment: Deployment,
  known: readonly KnownAddress[],
): ActionAddressMatch[] {
  const names = addressFieldNames(action.template, action.fields, deployment);
  return names.flatMap((field) => {
    const check = checkAddress(action.fields[field] ?? "", { allowZero: true });
    const match = check.ok ? recognizeAddress(check.address, known) : null;
    if (!check.ok || !match) return [];

    const confirmed =
      match.kind === "lookalike" && action.confirmed?.[field] === check.address;
    return [
      {
        field,
        address: check.address,
        match,
        confirmed,
        blocks: blocksSubmission(match, confirmed),
      },
    ];
  });
}
