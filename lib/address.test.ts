import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { zeroAddress } from "viem";

import { checkAddress } from "./address.ts";

const CHECKSUMMED = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const DIGITS = CHECKSUMMED.slice(2);

/** The checked address, or the message shown instead. */
const outcome = (raw: string, rules?: { allowZero?: boolean }) => {
  const check = checkAddress(raw, rules);
  return check.ok ? check.address : check.message;
};

describe("checkAddress", () => {
  it("default: accepts checksummed, lowercase and uppercase hex, returning the checksum", () => {
    for (const raw of [
      CHECKSUMMED,
      CHECKSUMMED.toLowerCase(),
      `0x${DIGITS.toUpperCase()}`,
      ` ${CHECKSUMMED}\n`,
    ]) {
      assert.equal(outcome(raw), CHECKSUMMED, raw);
    }
  });

  it("error: refuses mixed case that does not match the EIP-55 checksum", () => {
    assert.equal(
      outcome(`0x${DIGITS.replace("C", "c")}`),
      "The capitalisation does not match the address's checksum, so it " +
        "likely has a typo: copy it again from its source.",
    );
  });

  it("error: refuses the zero address unless it is allowed", () => {
    assert.equal(
      outcome(zeroAddress),
      "The zero address belongs to no one: enter the address of a real account.",
    );
    assert.equal(outcome(zeroAddress, { allowZero: true }), zeroAddress);
  });

  it("error: says in one sentence what is wrong and what to do", () => {
    const cases: [string, string][] = [
      ["", "Enter an address."],
      ["   ", "Enter an address."],
      [DIGITS, "The address is missing its 0x prefix: add 0x in front of it."],
      [
        `0X${DIGITS}`,
        "An address starts with 0x, with a lowercase x: change the capital X.",
      ],
      [
        "vitalik.eth",
        "Names like alice.eth are not supported here: enter the 0x address itself.",
      ],
      [
        "treasury",
        "An address starts with 0x: enter the whole address, 0x included.",
      ],
      [
        `0x${DIGITS.slice(0, 7)}G${DIGITS.slice(8)}`,
        "An address holds only the hex digits 0-9 and a-f after 0x: " +
          'remove or correct the "G".',
      ],
      [
        `0x${DIGITS.slice(0, 20)} ${DIGITS.slice(20)}`,
        "An address holds only the hex digits 0-9 and a-f after 0x: " +
          "remove or correct the space.",
      ],
      [
        `0x${DIGITS.slice(0, 20)}\u200b${DIGITS.slice(20)}`,
        "An address holds only the hex digits 0-9 and a-f after 0x: " +
          "remove or correct the character U+200B.",
      ],
      [
        `0x${DIGITS.slice(0, 39)}`,
        "An address has 40 hex digits after 0x; this one has 39: " +
          "check that none are missing.",
      ],
      [
        `${CHECKSUMMED}0`,
        "An address has 40 hex digits after 0x; this one has 41: " +
          "check for extra digits.",
      ],
    ];
    for (const [raw, message] of cases) {
      assert.deepEqual(checkAddress(raw), { ok: false, message }, raw);
    }
  });
});
