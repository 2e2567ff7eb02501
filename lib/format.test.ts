import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
  formatAmount,
  formatDuration,
  formatEth,
  shortAddress,
} from "./format.ts";

describe("format", () => {
  it("formatAmount: groups thousands and trims zeros", () => {
    assert.equal(formatAmount(1_234_500_000_000_000_000_000n), "1,234.5");
    assert.equal(formatAmount(0n), "0");
    assert.equal(formatAmount(-2n * 10n ** 18n), "-2");
    assert.equal(formatAmount(1n), "<0.0001");
  });

  it("formatEth: adds the unit", () => {
    assert.equal(formatEth(10n ** 16n), "0.01 ETH");
  });

  it("formatDuration: picks the two largest units", () => {
    assert.equal(formatDuration(45), "45 s");
    assert.equal(formatDuration(600), "10 min");
    assert.equal(formatDuration(3_720), "1 h 2 min");
    assert.equal(formatDuration(90_000), "1 d 1 h");
    assert.equal(formatDuration(-5), "0 s");
  });

  it("shortAddress: keeps the ends", () => {
    assert.equal(
      shortAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
      "0xf39F…2266",
    );
  });
});
