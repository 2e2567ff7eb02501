import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { checkAddress } from "./address.ts";

const message = (raw: string) => {
  const check = checkAddress(raw);
  return check.ok ? check.address : check.message;
};

describe("checkAddress", () => {
  it("default: accepts lowercase and checksummed addresses", () => {
    const checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    assert.equal(message(checksummed.toLowerCase()), checksummed);
    assert.equal(message(` ${checksummed} `), checksummed);
  });

  it("error: says what is wrong in one sentence", () => {
    assert.equal(message(""), "Enter an address.");
    assert.match(message("vitalik.eth"), /starts with 0x/);
    assert.match(message("0x1234"), /40 hex digits after 0x; this has 4/);
    assert.match(
      message("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
      /checksum/,
    );
    assert.match(message(`0x${"0".repeat(40)}`), /zero address/);
  });
});
