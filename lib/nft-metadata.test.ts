import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";

import { communityNftAbi } from "../generated/abis.ts";
import {
  cleanText,
  fetchMetadata,
  MAX_NAME_LENGTH,
  MAX_REMOTE_BYTES,
  parseTokenUri,
  safeImageUrl,
} from "./nft-metadata.ts";
import { createLocalDao } from "./testing/local-dao.ts";

const json = (value: unknown) =>
  `data:application/json;base64,${Buffer.from(JSON.stringify(value)).toString("base64")}`;

const inline = (uri: unknown) => {
  const result = parseTokenUri(uri);
  if (result.kind !== "inline") assert.fail(JSON.stringify(result));
  return result.metadata;
};

describe("parseTokenUri", () => {
  it("default: reads the collection's on-chain metadata", async () => {
    const dao = await createLocalDao();
    const nft = dao.deployment.contracts.CommunityNFT.address;
    await dao.wait(
      dao.wallets.carol.writeContract({
        address: nft,
        abi: communityNftAbi,
        functionName: "mint",
        args: [1n],
        value: 10n ** 16n,
      }),
    );
    const uri = await dao.client.readContract({
      address: nft,
      abi: communityNftAbi,
      functionName: "tokenURI",
      args: [1n],
    });

    const metadata = inline(uri);

    assert.match(metadata.name ?? "", /#1$/);
    assert.match(metadata.image ?? "", /^data:image\/svg\+xml;base64,/);
    assert.deepEqual(
      metadata.attributes.map((a) => a.trait),
      ["Palette", "Shape", "Rings"],
    );
  });

  it("behavior: keeps script tags as inert text, never as markup", () => {
    const metadata = inline(
      json({
        name: "<script>alert(1)</script>",
        description: "<img onerror=x>",
      }),
    );

    // React escapes text, so the only job here is to keep it a plain string.
    assert.equal(metadata.name, "<script>alert(1)</script>");
    assert.equal(typeof metadata.description, "string");
  });

  it("error: refuses javascript:, http: and data:text/html images", () => {
    for (const image of [
      "javascript:alert(1)",
      " JAVASCRIPT:alert(1)",
      "http://example.com/a.png",
      "data:text/html;base64,PHNjcmlwdD4=",
      "data:image/svg+xml;base64", // no comma: not a data URI
      "https://user:pass@example.com/a.png",
      "ipfs://bafy/../../etc",
      42,
    ]) {
      assert.equal(safeImageUrl(image), null, String(image));
      assert.equal(inline(json({ image })).image, null, String(image));
    }
  });

  it("behavior: accepts data:image, https and ipfs images", () => {
    assert.equal(
      safeImageUrl("data:image/png;base64,iVBORw0KGgo="),
      "data:image/png;base64,iVBORw0KGgo=",
    );
    assert.equal(
      safeImageUrl("https://example.com/a.png"),
      "https://example.com/a.png",
    );
    assert.equal(
      safeImageUrl("ipfs://bafybeigdyrzt/1.png"),
      "https://ipfs.io/ipfs/bafybeigdyrzt/1.png",
    );
  });

  it("args: caps huge strings and attribute lists", () => {
    const metadata = inline(
      json({
        name: "x".repeat(10_000),
        image: `data:image/svg+xml;base64,${"A".repeat(310_000)}`,
        attributes: Array.from({ length: 1_000 }, (_, i) => ({
          trait_type: `t${i}`,
          value: i,
        })),
      }),
    );

    assert.equal(metadata.name?.length, MAX_NAME_LENGTH);
    assert.equal(metadata.image, null);
    assert.equal(metadata.attributes.length, 32);
    assert.equal(metadata.attributes[3]?.value, "3");
  });

  it("args: refuses a token URI above the size cap", () => {
    const result = parseTokenUri(
      `data:application/json,${"x".repeat(600_000)}`,
    );

    assert.deepEqual(result, {
      kind: "invalid",
      problem: "The metadata is too large to show.",
    });
  });

  it("error: reports malformed base64, UTF-8 and JSON instead of throwing", () => {
    const cases = [
      "data:application/json;base64,@@@not-base64@@@",
      "data:application/json;base64,//79", // bytes that are not UTF-8
      `data:application/json;base64,${Buffer.from("{oops").toString("base64")}`,
      "data:application/json,%E0%A4%A",
      json([1, 2, 3]),
      json("just a string"),
    ];
    for (const uri of cases) {
      assert.equal(parseTokenUri(uri).kind, "invalid", uri);
    }
  });

  it("behavior: percent-encoded JSON data URIs work too", () => {
    const uri = `data:application/json,${encodeURIComponent('{"name":"Plain"}')}`;

    assert.equal(inline(uri).name, "Plain");
  });

  it("behavior: https and ipfs URIs are fetched later; other schemes refused", () => {
    assert.deepEqual(parseTokenUri("https://meta.example/1"), {
      kind: "remote",
      url: "https://meta.example/1",
    });
    assert.deepEqual(parseTokenUri("ipfs://bafyabc/1"), {
      kind: "remote",
      url: "https://ipfs.io/ipfs/bafyabc/1",
    });
    for (const uri of [
      "javascript:alert(1)",
      "http://x/1",
      "file:///etc/passwd",
      "",
      null,
    ]) {
      assert.equal(parseTokenUri(uri).kind, "invalid", String(uri));
    }
  });

  it("behavior: strips control and bidi-override characters", () => {
    assert.equal(cleanText("a\u0000b\u202Ec\n", 10), "a b c");
    assert.equal(cleanText({ toString: () => "x" }, 10), null);
  });
});

describe("fetchMetadata", () => {
  let base = "";
  const server = createServer((request, response) => {
    if (request.url === "/ok") {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ name: "Remote", image: "javascript:x" }));
    } else if (request.url === "/huge") {
      response.end("[" + "1,".repeat(MAX_REMOTE_BYTES) + "1]");
    } else if (request.url === "/html") {
      response.end("<html><script>alert(1)</script></html>");
    } else {
      response.statusCode = 404;
      response.end();
    }
  });

  before(async () => {
    await new Promise<void>((resolve) =>
      server.listen(0, "127.0.0.1", resolve),
    );
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("default: sanitizes what the server sends", async () => {
    const result = await fetchMetadata(`${base}/ok`);

    assert.deepEqual(result, {
      kind: "inline",
      metadata: {
        name: "Remote",
        description: null,
        image: null,
        attributes: [],
      },
    });
  });

  it("error: stops reading past the size cap", async () => {
    assert.deepEqual(await fetchMetadata(`${base}/huge`), {
      kind: "invalid",
      problem: "The metadata is too large to show.",
    });
  });

  it("error: turns HTML, 404 and dead servers into problems", async () => {
    assert.equal((await fetchMetadata(`${base}/html`)).kind, "invalid");
    assert.match(
      (await fetchMetadata(`${base}/missing`)).kind === "invalid" ? "404" : "",
      /404/,
    );
    assert.equal((await fetchMetadata("http://127.0.0.1:9/x")).kind, "invalid");
  });
});
