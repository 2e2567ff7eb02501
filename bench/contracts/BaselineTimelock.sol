// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/**
 * @title BaselineTimelock
 * @notice Benchmark baseline: OpenZeppelin's TimelockController, unchanged, as the Wizard's timelock governor uses
 * it. Used only by `npm run bench`.
 */
contract BaselineTimelock is TimelockController {
    constructor(
        uint256 minDelay,
        address[] memory proposers,
        address[] memory executors,
        address admin
    ) TimelockController(minDelay, proposers, executors, admin) {}
}
