import type { Page } from "playwright-core";
import { type Address, type Hash, isAddressEqual, numberToHex } from "viem";

/** What the page sends through the injected provider. */
interface WalletRequest {
  method: string;
  params: unknown[];
}

/** The bridge's answer: a result or an EIP-1193 error, never a throw. */
type WalletReply =
  | { result: unknown }
  | { error: { code: number; message: string; data?: unknown } };

/** EIP-6963 provider info the test wallet announces. */
export const WALLET_INFO = {
  uuid: "5f1c0d52-8a7b-4f63-9c55-2c1b0e2e2e2e",
  name: "E2E Wallet",
  icon:
    "data:image/svg+xml," +
    encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">' +
        '<rect width="8" height="8" fill="#3a6"/></svg>',
    ),
  rdns: "dev.e2e.wallet",
} as const;

/** Requests a real wallet asks its user to approve: these can be rejected. */
const NEEDS_APPROVAL = new Set([
  "eth_requestAccounts",
  "wallet_requestPermissions",
  "wallet_switchEthereumChain",
  "wallet_addEthereumChain",
  "eth_sendTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData_v4",
]);

const SIGNING = new Set([
  "eth_sendTransaction",
  "eth_sign",
  "personal_sign",
  "eth_signTypedData_v4",
]);

const rejected = (message: string): WalletReply => ({
  error: { code: 4001, message },
});

/**
 * The page half of the wallet, run before any of the page's scripts: an
 * EIP-1193 provider that hands every request to the test (the Node half,
 * bound as `window.__e2eWalletRequest`) and announces itself by EIP-6963.
 *
 * Plain JavaScript source on purpose: tsx would wrap a TypeScript function's
 * inner functions in `__name(...)`, which the page does not define.
 */
const PROVIDER_SOURCE = `(() => {
  const info = ${JSON.stringify(WALLET_INFO)};
  const listeners = new Map();
  const provider = {
    isE2EWallet: true,
    async request({ method, params }) {
      const reply = await window.__e2eWalletRequest({
        method,
        params: Array.isArray(params) ? params : params ? [params] : [],
      });
      if ("error" in reply) {
        const error = new Error(reply.error.message);
        error.code = reply.error.code;
        error.data = reply.error.data;
        throw error;
      }
      return reply.result;
    },
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return provider;
    },
    removeListener(event, listener) {
      listeners.get(event)?.delete(listener);
      return provider;
    },
  };
  window.__e2eWalletEmit = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const announce = () =>
    window.dispatchEvent(
      new CustomEvent("eip6963:announceProvider", {
        detail: Object.freeze({ info, provider }),
      }),
    );
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
  // EIP-1193: "connect" once the provider can serve requests for a chain.
  provider
    .request({ method: "eth_chainId" })
    .then((chainId) => window.__e2eWalletEmit("connect", { chainId }));
})();`;

/** Options of {@link TestWallet}. */
export interface TestWalletOptions {
  rpcUrl: string;
  /** The node's chain: the only one this wallet can actually reach. */
  chainId: number;
  /** One of the node's unlocked accounts. */
  account: Address;
  /** Start already connected to the site, as after an earlier visit. */
  connected?: boolean;
}

/**
 * A wallet for one page. The page gets a thin EIP-1193 provider; every
 * request comes here, where the test decides: answer account and chain
 * questions, forward transactions and signatures to the node (whose
 * accounts are unlocked), or reject the next approval like a user would.
 */
export class TestWallet {
  readonly rpcUrl: string;
  readonly nodeChainId: number;
  account: Address;
  /** The chain the wallet says it is on; may differ from the node's. */
  chainId: number;
  connected: boolean;
  /** Every request the page made, in order. */
  readonly requests: WalletRequest[] = [];
  /** Hashes of the transactions this wallet sent to the node. */
  readonly sentTransactions: Hash[] = [];

  #page: Page | undefined;
  #rejectNext = false;

  constructor(options: TestWalletOptions) {
    this.rpcUrl = options.rpcUrl;
    this.nodeChainId = options.chainId;
    this.chainId = options.chainId;
    this.account = options.account;
    this.connected = options.connected ?? false;
  }

  /** Injects the provider into `page`: call before the first `goto`. */
  async install(page: Page): Promise<void> {
    this.#page = page;
    await page.exposeFunction("__e2eWalletRequest", (request: WalletRequest) =>
      this.#handle(request),
    );
    await page.addInitScript(PROVIDER_SOURCE);
  }

  /** The next request that needs the user's approval fails with 4001. */
  rejectNextRequest(): void {
    this.#rejectNext = true;
  }

  /** Reports `chainId` from now on and emits `chainChanged`. */
  async reportChain(chainId: number): Promise<void> {
    this.chainId = chainId;
    await this.#emit("chainChanged", numberToHex(chainId));
  }

  /** Uses `account` from now on and emits `accountsChanged`. */
  async switchAccount(account: Address): Promise<void> {
    this.account = account;
    if (this.connected) await this.#emit("accountsChanged", [account]);
  }

  /** How many requests with `method` the page has made so far. */
  count(method: string): number {
    return this.requests.filter((request) => request.method === method).length;
  }

  async #emit(event: string, payload: unknown): Promise<void> {
    await this.#page?.evaluate(
      `window.__e2eWalletEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`,
    );
  }

  async #handle(request: WalletRequest): Promise<WalletReply> {
    this.requests.push(request);
    const { method, params } = request;

    if (NEEDS_APPROVAL.has(method) && this.#rejectNext) {
      this.#rejectNext = false;
      return rejected("User rejected the request.");
    }

    const permission = () => ({
      parentCapability: "eth_accounts",
      caveats: [{ type: "restrictReturnedAccounts", value: [this.account] }],
    });

    switch (method) {
      case "eth_chainId":
        return { result: numberToHex(this.chainId) };
      case "net_version":
        return { result: String(this.chainId) };
      case "eth_accounts":
        return { result: this.connected ? [this.account] : [] };
      case "eth_requestAccounts":
        this.connected = true;
        return { result: [this.account] };
      case "wallet_requestPermissions":
        this.connected = true;
        return { result: [permission()] };
      case "wallet_getPermissions":
        return { result: this.connected ? [permission()] : [] };
      case "wallet_revokePermissions":
        this.connected = false;
        return { result: null };
      case "wallet_switchEthereumChain":
      case "wallet_addEthereumChain":
        return this.#switchChain(
          Number((params[0] as { chainId: string }).chainId),
        );
    }

    if (SIGNING.has(method)) {
      if (!this.connected) {
        return { error: { code: 4100, message: "The site is not connected." } };
      }
      if (this.chainId !== this.nodeChainId) {
        return {
          error: {
            code: 4901,
            message: `The wallet is on chain ${this.chainId}, it cannot send there.`,
          },
        };
      }
      const signer =
        method === "eth_sendTransaction"
          ? (params[0] as { from?: Address }).from
          : method === "personal_sign"
            ? (params[1] as Address)
            : (params[0] as Address);
      if (!signer || !isAddressEqual(signer, this.account)) {
        return {
          error: {
            code: 4100,
            message: `Not this wallet's account: ${signer}`,
          },
        };
      }
    }

    const reply = await this.#forward(method, params);
    if (method === "eth_sendTransaction" && "result" in reply) {
      this.sentTransactions.push(reply.result as Hash);
    }
    return reply;
  }

  #switchChain(chainId: number): WalletReply {
    if (chainId !== this.nodeChainId) {
      return {
        error: { code: 4902, message: `Unrecognized chain ${chainId}.` },
      };
    }
    if (this.chainId !== chainId) {
      this.chainId = chainId;
      // After the reply, as a real wallet does once its prompt closes.
      setTimeout(() => {
        this.#emit("chainChanged", numberToHex(chainId)).catch(() => {});
      }, 0);
    }
    return { result: null };
  }

  async #forward(method: string, params: unknown[]): Promise<WalletReply> {
    try {
      const response = await fetch(this.rpcUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      });
      const body = (await response.json()) as {
        result?: unknown;
        error?: { code: number; message: string; data?: unknown };
      };
      return body.error ? { error: body.error } : { result: body.result };
    } catch (error) {
      return {
        error: {
          code: -32603,
          message: `The wallet cannot reach the node: ${(error as Error).message}`,
        },
      };
    }
  }
}
