import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type DraftStorage, composeDescription, draftStore } from "./drafts.ts";

/** An in-memory Web Storage: the same three methods localStorage has. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

const draft = (id: string, updatedAt: number) => ({
  id,
  title: `Draft ${id}`,
  body: "Body",
  actions: [
    { template: "sendEth" as const, fields: { to: "0x12", amount: "1" } },
  ],
  updatedAt,
});

describe("draftStore", () => {
  it("keeps drafts per governor, newest first, until removed", () => {
    const storage = new MemoryStorage();
    const drafts = draftStore(storage, "0xAbC");
    const other = draftStore(storage, "0xdef");

    drafts.save(draft("a", 1));
    drafts.save(draft("b", 3));
    drafts.save({ ...draft("a", 5), title: "Edited" });

    assert.deepEqual(
      drafts.list().map((d) => [d.id, d.title]),
      [
        ["a", "Edited"],
        ["b", "Draft b"],
      ],
    );
    assert.deepEqual(other.list(), []);
    assert.deepEqual(
      draftStore(storage, "0xabc").get("b")?.actions[0]?.fields,
      { to: "0x12", amount: "1" },
    );

    drafts.remove("a");
    drafts.remove("b");
    assert.equal(storage.items.size, 0);
  });

  it("ignores unreadable storage instead of failing", () => {
    const storage = new MemoryStorage();
    storage.setItem("dao:proposal-drafts:0xabc", "{not json");
    assert.deepEqual(draftStore(storage, "0xabc").list(), []);

    storage.setItem(
      "dao:proposal-drafts:0xabc",
      JSON.stringify([{ id: 1 }, draft("ok", 2)]),
    );
    assert.deepEqual(
      draftStore(storage, "0xabc")
        .list()
        .map((d) => d.id),
      ["ok"],
    );
  });
});

describe("composeDescription", () => {
  it("puts the title as the first heading", () => {
    assert.equal(
      composeDescription(" Fund events ", "Body\n"),
      "# Fund events\n\nBody\n",
    );
    assert.equal(composeDescription("Only a title", "  "), "# Only a title");
  });
});
