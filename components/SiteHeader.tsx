import Link from "next/link";

import { ConnectMenu } from "./ConnectMenu.tsx";
import { NavLinks } from "./NavLinks.tsx";

/** The top bar: name, navigation and wallet menu. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container header-row">
        <Link href="/" className="brand">
          Commons DAO
        </Link>
        <NavLinks />
        <ConnectMenu />
      </div>
    </header>
  );
}
