// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

import {CommunityNFT} from "../../contracts/CommunityNFT.sol";
import {DAOGovernor} from "../../contracts/DAOGovernor.sol";
import {GovernanceToken} from "../../contracts/GovernanceToken.sol";
import {Treasury} from "../../contracts/Treasury.sol";
import {CheatBase} from "./Cheats.sol";

/**
 * @title DAOSetup
 * @notice Deploys and wires the DAO the way `ignition/modules/DAO.ts` does, with the module's default settings.
 */
abstract contract DAOSetup is CheatBase {
    uint256 internal constant TOKEN = 1e18;
    uint256 internal constant CAP = 10_000_000 * TOKEN;
    uint256 internal constant TREASURY_ALLOCATION = 1_000_000 * TOKEN;
    uint256 internal constant TIMELOCK_DELAY = 60;
    uint48 internal constant VOTING_DELAY = 60;
    uint32 internal constant VOTING_PERIOD = 600;
    uint256 internal constant THRESHOLD = 1_000 * TOKEN;
    uint256 internal constant MINT_PRICE = 0.01 ether;
    uint256 internal constant MAX_SUPPLY = 10_000;
    uint256 internal constant MAX_PER_TX = 20;

    address internal constant ALICE = address(0xA11CE);
    address internal constant BOB = address(0xB0B);
    address internal constant CAROL = address(0xCA201);

    Treasury internal treasury;
    GovernanceToken internal token;
    DAOGovernor internal governor;
    CommunityNFT internal nft;

    function _deployDao(uint256 maxSupply, uint256 maxPerTx) internal {
        VM.warp(1_700_000_000);
        treasury = new Treasury(TIMELOCK_DELAY, address(this));

        address[] memory recipients = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        (recipients[0], recipients[1], recipients[2]) = (ALICE, BOB, CAROL);
        (amounts[0], amounts[1], amounts[2]) = (100_000 * TOKEN, 60_000 * TOKEN, 20_000 * TOKEN);
        token = new GovernanceToken("Commons", "CMN", address(treasury), CAP, TREASURY_ALLOCATION, recipients, amounts);

        governor = new DAOGovernor(
            IVotes(address(token)),
            TimelockController(treasury),
            VOTING_DELAY,
            VOTING_PERIOD,
            THRESHOLD,
            4,
            120
        );
        nft = new CommunityNFT(
            "Commons Badge",
            "CBADGE",
            payable(address(treasury)),
            MINT_PRICE,
            maxSupply,
            maxPerTx,
            500
        );

        treasury.grantRole(treasury.PROPOSER_ROLE(), address(governor));
        treasury.grantRole(treasury.CANCELLER_ROLE(), address(governor));
        treasury.renounceRole(treasury.DEFAULT_ADMIN_ROLE(), address(this));
    }
}
