import type { Address } from "viem";

import type { TemplateId } from "./templates.ts";

/** One action of a draft, as typed into its template's fields. */
export interface DraftAction {
  template: TemplateId;
  fields: Record<string, string>;
  /**
   * Lookalike addresses the user confirmed after comparing every digit, by
   * field name: a confirmation holds only while that field holds that address.
   */
  confirmed?: Record<string, Address>;
}

export interface ProposalDraft {
  id: string;
  title: string;
  body: string;
  actions: DraftAction[];
  /** Milliseconds since the epoch (wall clock: drafts are local, not chain). */
  updatedAt: number;
}

/** The part of the Web Storage API drafts need (window.localStorage fits). */
export type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function isDraft(value: unknown): value is ProposalDraft {
  const draft = value as ProposalDraft | null;
  return (
    typeof draft === "object" &&
    draft !== null &&
    typeof draft.id === "string" &&
    typeof draft.title === "string" &&
    typeof draft.body === "string" &&
    Array.isArray(draft.actions) &&
    typeof draft.updatedAt === "number"
  );
}

/**
 * Drafts of new proposals kept in `storage` under one key per governor, until
 * they are submitted or discarded. Unreadable entries are ignored, not thrown.
 */
export function draftStore(storage: DraftStorage, governorKey: string) {
  const key = `dao:proposal-drafts:${governorKey.toLowerCase()}`;

  const list = (): ProposalDraft[] => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(storage.getItem(key) ?? "[]");
    } catch {
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isDraft).sort((a, b) => b.updatedAt - a.updatedAt);
  };
  const write = (drafts: ProposalDraft[]) => {
    if (drafts.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(drafts));
  };

  return {
    list,
    get: (id: string) => list().find((draft) => draft.id === id),
    save(draft: ProposalDraft): void {
      write([draft, ...list().filter((other) => other.id !== draft.id)]);
    },
    remove(id: string): void {
      write(list().filter((draft) => draft.id !== id));
    },
  };
}

/** The on-chain description: the title as a heading, then the body. */
export function composeDescription(title: string, body: string): string {
  const heading = `# ${title.trim()}`;
  return body.trim() === "" ? heading : `${heading}\n\n${body.trim()}\n`;
}
