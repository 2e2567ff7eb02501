/**
 * Safe handling of token metadata. The DAO can point `tokenURI` anywhere
 * (`setBaseURI`), so every field is treated as hostile: JSON is parsed, never
 * evaluated; text is capped and stripped of control characters (React then
 * escapes it); images are only ever URLs for an `<img>`, and only data:image,
 * https or ipfs ones.
 */

/** Longest token URI (characters) we try to decode. */
export const MAX_URI_LENGTH = 500_000;
/** Longest image URL kept: on-chain SVG art is a few KiB. */
export const MAX_IMAGE_URL_LENGTH = 300_000;
export const MAX_NAME_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 1_000;
export const MAX_ATTRIBUTES = 32;
export const MAX_ATTRIBUTE_TEXT = 64;

export const DEFAULT_IPFS_GATEWAY = "https://ipfs.io/ipfs/";

export interface NftAttribute {
  trait: string;
  value: string;
}

/** Metadata cleaned up for display: plain strings and a safe image URL. */
export interface NftMetadata {
  name: string | null;
  description: string | null;
  /** A `data:image/…`, `https:` or gateway URL, or `null`. */
  image: string | null;
  attributes: NftAttribute[];
}

/** How a token URI resolves: metadata right away, a URL to fetch, or neither. */
export type TokenUriResult =
  | { kind: "inline"; metadata: NftMetadata }
  | { kind: "remote"; url: string }
  | { kind: "invalid"; problem: string };

// Control characters and bidirectional overrides, which can disguise text.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text, capped at `max` characters, or `null` when empty or not text. */
export function cleanText(value: unknown, max: number): string | null {
  if (typeof value === "number" || typeof value === "boolean") {
    value = String(value);
  }
  if (typeof value !== "string") return null;
  const text = value
    .slice(0, max * 4)
    .replace(UNSAFE_CHARS, " ")
    .trim();
  if (text === "") return null;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const DATA_IMAGE =
  /^data:image\/(svg\+xml|png|jpeg|gif|webp|avif)(;[a-z0-9=.-]+)*,/i;
const IPFS_PATH = /^[a-zA-Z0-9]+(\/[a-zA-Z0-9._~%-]+)*\/?$/;

/**
 * Converts `ipfs://<cid>/<path>` to a gateway URL, or returns `null` when
 * the rest is not a plain CID and path.
 */
export function ipfsToGateway(
  uri: string,
  gateway: string = DEFAULT_IPFS_GATEWAY,
): string | null {
  const rest = uri.replace(/^ipfs:\/\/(ipfs\/)?/i, "");
  if (rest === uri || !IPFS_PATH.test(rest)) return null;
  if (rest.split("/").some((segment) => segment === "." || segment === "..")) {
    return null;
  }
  return `${gateway}${rest}`;
}

/**
 * Returns a URL that is safe as an `<img src>`, or `null`: data:image URIs
 * of raster or SVG types (SVG in `<img>` cannot run scripts), https URLs and
 * ipfs URIs through a gateway. Everything else (javascript:, http:,
 * data:text/html, …) is refused.
 */
export function safeImageUrl(
  value: unknown,
  gateway: string = DEFAULT_IPFS_GATEWAY,
): string | null {
  if (typeof value !== "string") return null;
  const url = value.trim();
  if (url === "" || url.length > MAX_IMAGE_URL_LENGTH) return null;
  if (DATA_IMAGE.test(url)) return url;
  if (/^ipfs:\/\//i.test(url)) return ipfsToGateway(url, gateway);
  if (url.length > 2_048) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") return null;
    if (parsed.username || parsed.password) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** Cleans parsed JSON into {@link NftMetadata}; `null` if not an object. */
export function sanitizeMetadata(
  json: unknown,
  gateway: string = DEFAULT_IPFS_GATEWAY,
): NftMetadata | null {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return null;
  }
  const record = json as Record<string, unknown>;
  const attributes: NftAttribute[] = [];
  if (Array.isArray(record.attributes)) {
    for (const entry of record.attributes.slice(0, MAX_ATTRIBUTES)) {
      if (typeof entry !== "object" || entry === null) continue;
      const { trait_type: trait, value } = entry as Record<string, unknown>;
      const cleanValue = cleanText(value, MAX_ATTRIBUTE_TEXT);
      if (cleanValue === null) continue;
      attributes.push({
        trait: cleanText(trait, MAX_ATTRIBUTE_TEXT) ?? "Trait",
        value: cleanValue,
      });
    }
  }
  return {
    name: cleanText(record.name, MAX_NAME_LENGTH),
    description: cleanText(record.description, MAX_DESCRIPTION_LENGTH),
    image: safeImageUrl(record.image ?? record.image_url, gateway),
    attributes,
  };
}

/** Decodes base64 (standard or URL alphabet) to UTF-8 text; throws if bad. */
function decodeBase64(data: string): string {
  const normalized = data
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .replace(/\s/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(normalized)) {
    throw new Error("not base64");
  }
  const binary = atob(normalized);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** Parses JSON text into sanitized metadata, or says why it could not. */
export function parseMetadataJson(
  text: string,
  gateway: string = DEFAULT_IPFS_GATEWAY,
): TokenUriResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "invalid", problem: "The metadata is not valid JSON." };
  }
  const metadata = sanitizeMetadata(json, gateway);
  return metadata
    ? { kind: "inline", metadata }
    : { kind: "invalid", problem: "The metadata is not a JSON object." };
}

/**
 * Resolves a token URI: `data:application/json` (base64 or percent-encoded)
 * is decoded and sanitized at once; https and ipfs URIs come back as a URL
 * to fetch (see {@link fetchMetadata}); anything else is refused.
 */
export function parseTokenUri(
  uri: unknown,
  gateway: string = DEFAULT_IPFS_GATEWAY,
): TokenUriResult {
  if (typeof uri !== "string" || uri.trim() === "") {
    return { kind: "invalid", problem: "The token has no metadata URI." };
  }
  if (uri.length > MAX_URI_LENGTH) {
    return { kind: "invalid", problem: "The metadata is too large to show." };
  }
  const value = uri.trim();
  const data = /^data:application\/json(;[a-z0-9=.-]+)*,/i.exec(value);
  if (data) {
    const payload = value.slice(data[0].length);
    const isBase64 = /;base64,$/i.test(data[0]);
    try {
      const text = isBase64
        ? decodeBase64(payload)
        : decodeURIComponent(payload);
      return parseMetadataJson(text, gateway);
    } catch {
      return { kind: "invalid", problem: "The metadata is not decodable." };
    }
  }
  if (/^ipfs:\/\//i.test(value)) {
    const url = ipfsToGateway(value, gateway);
    return url
      ? { kind: "remote", url }
      : { kind: "invalid", problem: "The IPFS address is malformed." };
  }
  try {
    const parsed = new URL(value);
    if (parsed.protocol === "https:" && value.length <= 2_048) {
      return { kind: "remote", url: parsed.href };
    }
  } catch {
    // Not a URL: refused below.
  }
  return {
    kind: "invalid",
    problem: "The metadata URI uses an address type this app does not load.",
  };
}

/** Largest remote metadata document read, in bytes. */
export const MAX_REMOTE_BYTES = 256 * 1024;

/**
 * Fetches remote metadata with a timeout and a size cap, then sanitizes it.
 * Never throws: network, CORS, size and JSON problems come back as `invalid`.
 */
export async function fetchMetadata(
  url: string,
  {
    gateway = DEFAULT_IPFS_GATEWAY,
    timeoutMs = 8_000,
    fetchImpl = fetch,
  }: { gateway?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<TokenUriResult> {
  try {
    const response = await fetchImpl(url, {
      signal: AbortSignal.timeout(timeoutMs),
      credentials: "omit",
      redirect: "follow",
      referrerPolicy: "no-referrer",
    });
    if (!response.ok) {
      return {
        kind: "invalid",
        problem: `The metadata server answered ${response.status}.`,
      };
    }
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (declared > MAX_REMOTE_BYTES) {
      return { kind: "invalid", problem: "The metadata is too large to show." };
    }
    const text = await readCapped(response, MAX_REMOTE_BYTES);
    if (text === null) {
      return { kind: "invalid", problem: "The metadata is too large to show." };
    }
    return parseMetadataJson(text, gateway);
  } catch {
    return { kind: "invalid", problem: "The metadata could not be loaded." };
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<string | null> {
  if (!response.body) return await response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
