import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { zeroAddress } from "viem";

import { parseArgument } from "./templates.ts";
import { proposalTitle } from "./title.ts";
import {
  validateAddress,
  validateAmount,
  validateBaseUri,
  validateInteger,
  validateText,
} from "./validate.ts";

const CHECKSUMMED = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("validateAddress", () => {
  // The rules and messages are checkAddress's (lib/address.test.ts); this is
  // only the adapter to a field result.
  it("behavior: hands checkAddress's result to the templates as a field result", () => {
    assert.deepEqual(validateAddress(CHECKSUMMED.toLowerCase()), {
      ok: true,
      value: CHECKSUMMED,
    });
    assert.deepEqual(validateAddress("0x1234"), {
      ok: false,
      error:
        "An address has 40 hex digits after 0x; this one has 4: " +
        "check that none are missing.",
    });
    assert.deepEqual(validateAddress(zeroAddress, { allowZero: true }), {
      ok: true,
      value: zeroAddress,
    });
  });
});

const GROUPING =
  "Write decimals with a point and group thousands in threes, like 1,250.5.";

describe("validateAmount", () => {
  const cmn = { decimals: 18, symbol: "CMN" };

  it("parses decimals exactly with parseUnits", () => {
    assert.deepEqual(validateAmount("1,250.5", cmn), {
      ok: true,
      value: 1_250_500_000_000_000_000_000n,
    });
    assert.deepEqual(validateAmount(".000000000000000001", cmn), {
      ok: true,
      value: 1n,
    });
    assert.deepEqual(validateAmount("7", { decimals: 0, symbol: "NFT" }), {
      ok: true,
      value: 7n,
    });
  });

  it("accepts thousands grouped in threes by one kind of separator", () => {
    for (const input of ["1,250,000.5", "1_250_000.5", "1 250 000.5"]) {
      assert.deepEqual(
        validateAmount(input, cmn),
        { ok: true, value: 1_250_000_500_000_000_000_000_000n },
        input,
      );
    }
  });

  it("rejects what is not a positive amount within range", () => {
    const cases: [string, object, string][] = [
      ["", cmn, "Enter an amount of CMN."],
      ["-1", cmn, "The amount cannot be negative."],
      ["1e18", cmn, "Enter a number, like 1.5 (in CMN)."],
      ["1.2.3", cmn, "Enter a number, like 1.5 (in CMN)."],
      ["0", cmn, "The amount must be more than 0."],
      [
        "0.1234567",
        { decimals: 6, symbol: "USDC" },
        "USDC has 6 decimals: use at most 6 digits after the point.",
      ],
      [
        "1.5",
        { decimals: 0, symbol: "NFT" },
        "NFT has no decimals: enter a whole number.",
      ],
      [
        "11",
        {
          ...cmn,
          max: 10n ** 19n,
          maxLabel: "The treasury holds only 10 CMN.",
        },
        "The treasury holds only 10 CMN.",
      ],
      ["1" + "0".repeat(80), cmn, "The amount is too large."],
      // A decimal comma or stray space would read 1.5 as 15: never guessed.
      ["1,5", cmn, GROUPING],
      ["1 5", cmn, GROUPING],
      ["12,34", cmn, GROUPING],
      ["1,2345", cmn, GROUPING],
      ["1,000_000", cmn, GROUPING],
      ["1.000,5", cmn, GROUPING],
      ["1.5,0", cmn, GROUPING],
    ];
    for (const [input, rules, error] of cases) {
      assert.deepEqual(
        validateAmount(input, rules as typeof cmn),
        { ok: false, error },
        input,
      );
    }
    assert.deepEqual(validateAmount("0", { ...cmn, allowZero: true }), {
      ok: true,
      value: 0n,
    });
  });
});

describe("validateInteger and validateText", () => {
  it("keeps numbers within their bounds", () => {
    assert.deepEqual(validateInteger("42", { label: "token id", min: 1n }), {
      ok: true,
      value: 42n,
    });
    assert.deepEqual(validateInteger("0", { label: "token id", min: 1n }), {
      ok: false,
      error: "The token id must be at least 1.",
    });
    assert.deepEqual(validateInteger("4.5", { label: "token id" }), {
      ok: false,
      error: "The token id must be a whole number.",
    });
    assert.deepEqual(validateInteger("86,400", { label: "seconds" }), {
      ok: true,
      value: 86_400n,
    });
    assert.deepEqual(validateInteger("1,5", { label: "token id" }), {
      ok: false,
      error: "The token id must be a whole number, like 1500 or 1,500.",
    });
    assert.deepEqual(
      validateText("x".repeat(11), { label: "reason", maxLength: 10 }),
      {
        ok: false,
        error: "The reason is 11 characters long; the limit is 10.",
      },
    );
  });
});

describe("validateBaseUri", () => {
  const rules = { maxLength: 200 };

  it("default: takes https and ipfs folders, and empty for the on-chain art", () => {
    for (const uri of ["ipfs://bafy/", "https://badges.example/meta/", ""]) {
      assert.deepEqual(validateBaseUri(` ${uri} `, rules), {
        ok: true,
        value: uri,
      });
    }
  });

  it("error: refuses what the app could never load", () => {
    const message =
      "Enter an https:// or ipfs:// address, like ipfs://<folder CID>/, " +
      "or leave the field empty to restore the on-chain art.";
    for (const uri of [
      "javascript:alert(1)//",
      "http://example.com/",
      "not a uri",
      "data:text/html,<script>",
      "https://user:pass@example.com/",
      "ipfs://",
    ]) {
      assert.deepEqual(
        validateBaseUri(uri, rules),
        { ok: false, error: message },
        uri,
      );
    }
    assert.deepEqual(validateBaseUri(`ipfs://${"a".repeat(300)}`, rules), {
      ok: false,
      error: "The base URI is 307 characters long; the limit is 200.",
    });
  });
});

describe("parseArgument", () => {
  it("converts typed text to ABI values, arrays and tuples included", () => {
    assert.deepEqual(parseArgument("true", { type: "bool" }), {
      ok: true,
      value: true,
    });
    assert.deepEqual(parseArgument("-128", { type: "int8" }), {
      ok: true,
      value: -128n,
    });
    assert.deepEqual(parseArgument("-129", { type: "int8" }), {
      ok: false,
      error: "The int8 value must be at least -128.",
    });
    assert.deepEqual(parseArgument('["1", 2]', { type: "uint256[]" }), {
      ok: true,
      value: [1n, 2n],
    });
    assert.deepEqual(parseArgument("0xab", { type: "bytes2" }), {
      ok: false,
      error: "bytes2 needs exactly 2 bytes; this has 1.",
    });
    assert.deepEqual(
      parseArgument(`["${CHECKSUMMED.toLowerCase()}", "7"]`, {
        type: "tuple",
        components: [{ type: "address" }, { type: "uint8" }],
      }),
      { ok: true, value: [CHECKSUMMED, 7n] },
    );
    assert.deepEqual(parseArgument('["0x12"]', { type: "address[]" }), {
      ok: false,
      error:
        "Item 1: An address has 40 hex digits after 0x; this one has 2: " +
        "check that none are missing.",
    });
  });
});

describe("proposalTitle", () => {
  it("takes the first heading, else the first line, without markdown", () => {
    assert.equal(
      proposalTitle("Intro line\n\n## Fund **events**\n\nBody"),
      "Fund events",
    );
    assert.equal(
      proposalTitle("\n\n  Send [5 ETH](https://x.org) to `ops`  \nmore"),
      "Send 5 ETH to ops",
    );
    assert.equal(proposalTitle("# Closed heading ##"), "Closed heading");
    assert.equal(proposalTitle("   \n\t"), "Untitled proposal");
    assert.equal(proposalTitle(`# ${"a".repeat(500)}`).length, 140);
  });
});
