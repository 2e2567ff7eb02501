"use client";

import { useEffect, useRef, useState } from "react";
import { useConnect, useConnectors, useDisconnect } from "wagmi";

import { useHydrated } from "@/hooks/useHydrated.ts";
import { useWallet } from "@/hooks/useWallet.ts";
import { describeError } from "@/lib/errors.ts";
import { shortAddress } from "@/lib/format.ts";

import { CopyAddress } from "./Address.tsx";

/**
 * The wallet menu: lists the wallets the browser announced (EIP-6963), or
 * the generic injected one when none did; shows the account once connected.
 */
export function ConnectMenu() {
  const { address, isConnected } = useWallet();
  const allConnectors = useConnectors();
  const connect = useConnect();
  const disconnect = useDisconnect();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);

  // Wallets are only known in the browser; render the same markup as the
  // server until then.
  const mounted = useHydrated();

  useEffect(() => {
    if (!open) return;
    // Keyboard users land on the first wallet when the menu opens.
    menuRef.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (
        event instanceof MouseEvent &&
        menuRef.current?.contains(event.target as Node)
      ) {
        return;
      }
      setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const announced = allConnectors.filter((c) => c.id !== "injected");
  const connectors = announced.length > 0 ? announced : allConnectors;
  const error = connect.error ? describeError(connect.error) : null;

  if (mounted && isConnected && address) {
    return (
      <div className="connect">
        <CopyAddress address={address} label={shortAddress(address)} />
        <button
          type="button"
          className="button button-quiet"
          onClick={() => disconnect.mutate()}
        >
          Disconnect
        </button>
      </div>
    );
  }

  return (
    <div className="connect" ref={menuRef}>
      <button
        type="button"
        className="button button-primary"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={connect.isPending}
        onClick={() => setOpen((value) => !value)}
      >
        {connect.isPending ? "Connecting…" : "Connect wallet"}
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Wallets">
          {mounted && connectors.length > 0 ? (
            connectors.map((connector) => (
              <button
                key={connector.uid}
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  setOpen(false);
                  connect.mutate({ connector });
                }}
              >
                {connector.icon && (
                  // Wallet icons are data: URIs announced by the wallet.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={connector.icon} alt="" width={20} height={20} />
                )}
                Connect {connector.name}
              </button>
            ))
          ) : (
            <p className="menu-empty">
              No browser wallet found. Install one (e.g. a browser extension
              wallet); you can still read everything without it.
            </p>
          )}
        </div>
      )}
      {error && error.kind !== "cancelled" && (
        <p className="connect-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
