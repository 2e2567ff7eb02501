// The browser journeys: one Hardhat node and one production build of the app
// shared by all of them; each journey starts from the seeded chain again.
import { after, before } from "node:test";

import { setUp, tearDown } from "./support/browser.ts";
import { accountJourneys } from "./journeys/account.ts";
import { nftJourneys } from "./journeys/nfts.ts";
import { nodeOutageJourney } from "./journeys/node-outage.ts";
import { walletJourneys } from "./journeys/wallet.ts";

before(setUp, { timeout: 10 * 60_000 });
after(tearDown, { timeout: 60_000 });

walletJourneys();
accountJourneys();
nftJourneys();
// Last: it restarts the node.
nodeOutageJourney();
