// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/**
 * @title Treasury
 * @notice The DAO's timelock: it holds the community's ETH, tokens and NFTs, owns the token and the collection,
 * and carries out proposals once the governor has queued them and the delay has passed.
 *
 * Deployment grants the governor the proposer and canceller roles, opens the executor role to everyone and then
 * has the deployer renounce the admin role, so that afterwards only the governor can schedule anything. Changing
 * the delay or the roles takes a proposal that the treasury executes on itself.
 *
 * WARNING: Until the deployer renounces the admin role, the deployer controls the treasury. The deploy script does
 * this in the same run; check `hasRole(DEFAULT_ADMIN_ROLE, deployer)` is false on any deployment you rely on.
 */
contract Treasury is TimelockController {
    /**
     * @param minDelay Seconds between queueing a proposal and executing it.
     * @param admin Temporary administrator (the deployer) that wires the governor in and then renounces.
     */
    constructor(uint256 minDelay, address admin) TimelockController(minDelay, new address[](0), _anyone(), admin) {}

    /// @dev The zero address as executor opens execution to every account.
    function _anyone() private pure returns (address[] memory executors) {
        executors = new address[](1);
        executors[0] = address(0);
    }
}
