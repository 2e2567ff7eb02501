// The browser journeys: one Hardhat node and one production build of the app
// shared by all of them; each journey starts from the seeded chain again
// (evm_snapshot / evm_revert) in a fresh browser context with its own wallet.
import { after, before } from "node:test";

import { setUp, tearDown } from "./support/browser.ts";
import { accountJourneys } from "./journeys/account.ts";
import { browsingJourneys } from "./journeys/browsing.ts";
import { governanceJourneys } from "./journeys/governance.ts";
import { nftJourneys } from "./journeys/nfts.ts";
import { nodeOutageJourney } from "./journeys/node-outage.ts";
import { walletJourneys } from "./journeys/wallet.ts";

before(setUp, { timeout: 10 * 60_000 });
after(tearDown, { timeout: 60_000 });

// First: the seeded Active proposal closes 10 minutes of chain time after
// the seed, and chain time follows the wall clock between journeys.
governanceJourneys();
browsingJourneys();
accountJourneys();
nftJourneys();
walletJourneys();
// Last: it restarts the node.
nodeOutageJourney();
