import {
  type Address,
  createPublicClient,
  createTestClient,
  defineChain,
  formatEther,
  getAddress,
  type Hex,
  http,
} from "viem";

/** Viem clients on the test node: reads, and Hardhat's test methods. */
export function chainClients(rpcUrl: string, chainId: number) {
  const chain = defineChain({
    id: chainId,
    name: "E2E node",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  const transport = http(rpcUrl, { retryCount: 0 });
  const publicClient = createPublicClient({ chain, transport });
  const testClient = createTestClient({ chain, transport, mode: "hardhat" });
  return { publicClient, testClient };
}

export type ChainClients = ReturnType<typeof chainClients>;

/**
 * Keeps a snapshot of the seeded chain so each journey starts from it:
 * Hardhat consumes a snapshot when reverting to it, so take a new one after.
 */
export class Baseline {
  #id: Hex | undefined;

  constructor(private readonly clients: ChainClients) {}

  async take(): Promise<void> {
    this.#id = await this.clients.testClient.snapshot();
  }

  async restore(): Promise<void> {
    if (this.#id === undefined) throw new Error("no baseline snapshot taken");
    await this.clients.testClient.revert({ id: this.#id });
    await this.take();
  }
}

/** The node's unlocked accounts, in Hardhat's order (0 deploys). */
export async function nodeAccounts(clients: ChainClients): Promise<Address[]> {
  const result = await clients.publicClient.transport.request({
    method: "eth_accounts",
  });
  return result as Address[];
}

/**
 * How the app writes an 18-decimals amount: thousands separators, at most
 * four fraction digits, no trailing zeros (`1234.5`, `420,000`). Written
 * here again so a bug in the app's formatter cannot hide in both.
 */
export function shownAmount(wei: bigint): string {
  const [whole, fraction = ""] = formatEther(wei).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const kept = fraction.slice(0, 4).replace(/0+$/, "");
  return kept ? `${grouped}.${kept}` : grouped;
}

/** `shownAmount` as a regular expression matching it literally. */
export function amountPattern(wei: bigint, suffix = ""): RegExp {
  const escaped = `${shownAmount(wei)}${suffix}`.replace(
    /[.*+?^${}()|[\]\\]/g,
    "\\$&",
  );
  return new RegExp(`(^|[^\\d.,])${escaped}`);
}

/**
 * An address poisoner's copy of `address`: the same first and last four hex
 * digits (all a wallet shows), different ones in between.
 */
export function lookalikeOf(address: Address): Address {
  return getAddress(
    `0x${address.slice(2, 6)}${"badc0ffee0ddf00d".repeat(2)}${address.slice(-4)}`,
  );
}
