import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";
import { keccak256, toHex, zeroHash } from "viem";

const PROPOSER_ROLE = keccak256(toHex("PROPOSER_ROLE"));
const CANCELLER_ROLE = keccak256(toHex("CANCELLER_ROLE"));

/**
 * The whole DAO: treasury (timelock), governance token, governor and NFT
 * collection, wired so that only the governor can schedule work in the
 * treasury and nobody keeps the treasury's admin role.
 *
 * Defaults suit a local demo (short delays); real networks pass their own
 * values through a parameters file (see `ignition/parameters/`).
 */
export default buildModule("DAO", (m) => {
  const deployer = m.getAccount(0);

  const treasury = m.contract("Treasury", [
    m.getParameter("timelockDelay", 60n),
    deployer,
  ]);

  const token = m.contract("GovernanceToken", [
    m.getParameter("tokenName", "Commons"),
    m.getParameter("tokenSymbol", "CMN"),
    treasury,
    m.getParameter("tokenCap", 10_000_000n * 10n ** 18n),
    m.getParameter("treasuryAllocation", 1_000_000n * 10n ** 18n),
    m.getParameter<string[]>("recipients", []),
    m.getParameter<bigint[]>("amounts", []),
  ]);

  const governor = m.contract("DAOGovernor", [
    token,
    treasury,
    m.getParameter("votingDelay", 60n),
    m.getParameter("votingPeriod", 600n),
    m.getParameter("proposalThreshold", 1_000n * 10n ** 18n),
    m.getParameter("quorumPercent", 4n),
    m.getParameter("lateQuorumExtension", 120n),
  ]);

  const nft = m.contract("CommunityNFT", [
    m.getParameter("nftName", "Commons Badge"),
    m.getParameter("nftSymbol", "CBADGE"),
    treasury,
    m.getParameter("mintPrice", 10n ** 16n),
    m.getParameter("maxSupply", 10_000n),
    m.getParameter("maxPerTx", 20n),
    m.getParameter("royaltyBps", 500n),
  ]);

  const grantProposer = m.call(
    treasury,
    "grantRole",
    [PROPOSER_ROLE, governor],
    {
      id: "GrantProposerToGovernor",
    },
  );
  const grantCanceller = m.call(
    treasury,
    "grantRole",
    [CANCELLER_ROLE, governor],
    { id: "GrantCancellerToGovernor" },
  );
  m.call(treasury, "renounceRole", [zeroHash, deployer], {
    id: "RenounceDeployerAdmin",
    after: [grantProposer, grantCanceller, token, nft],
  });

  return { treasury, token, governor, nft };
});
