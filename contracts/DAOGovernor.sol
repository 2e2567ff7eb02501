// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {GovernorPreventLateQuorum} from "@openzeppelin/contracts/governance/extensions/GovernorPreventLateQuorum.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/**
 * @title DAOGovernor
 * @notice Runs the DAO's proposals: propose, vote For / Against / Abstain, queue in the treasury's timelock, execute.
 *
 * - Votes come from {GovernanceToken} checkpoints on its timestamp clock, so delays and periods are in seconds.
 * - Quorum is a fraction of the token's total supply at the proposal's snapshot.
 * - A proposal that reaches quorum late gets its deadline pushed back, so a last-minute whale cannot pass it
 *   before others can react.
 * - A description ending in `#proposer=0x…` can only be proposed by that account, which stops a front-runner from
 *   taking over a proposal id.
 *
 * All settings (delay, period, threshold, quorum, late-quorum extension) can be changed only by proposals, which
 * the treasury executes on this contract.
 */
contract DAOGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl,
    GovernorPreventLateQuorum
{
    /// @notice Thrown when the proposal threshold given at deployment is zero, which would let anyone spam proposals.
    error DAOGovernorZeroProposalThreshold();

    /**
     * @param token The governance token whose delegated balances are the votes.
     * @param treasury The timelock that queues and executes proposals and holds the DAO's assets.
     * @param initialVotingDelay Seconds between a proposal and the start of its vote (the snapshot of voting power).
     * @param initialVotingPeriod Seconds the vote stays open.
     * @param initialProposalThreshold Voting power an account needs to propose; must not be zero.
     * @param quorumPercent Share of the total supply, in percent, that For and Abstain votes must reach.
     * @param lateQuorumExtension Seconds the vote stays open at least after quorum is reached.
     */
    constructor(
        IVotes token,
        TimelockController treasury,
        uint48 initialVotingDelay,
        uint32 initialVotingPeriod,
        uint256 initialProposalThreshold,
        uint256 quorumPercent,
        uint48 lateQuorumExtension
    )
        Governor("DAOGovernor")
        GovernorSettings(initialVotingDelay, initialVotingPeriod, initialProposalThreshold)
        GovernorVotes(token)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(treasury)
        GovernorPreventLateQuorum(lateQuorumExtension)
    {
        if (initialProposalThreshold == 0) revert DAOGovernorZeroProposalThreshold();
    }

    /// @inheritdoc GovernorSettings
    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    /// @inheritdoc Governor
    function state(uint256 proposalId) public view override(Governor, GovernorTimelockControl) returns (ProposalState) {
        return super.state(proposalId);
    }

    /// @inheritdoc Governor
    function proposalNeedsQueuing(
        uint256 proposalId
    ) public view override(Governor, GovernorTimelockControl) returns (bool) {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @inheritdoc GovernorPreventLateQuorum
    function proposalDeadline(
        uint256 proposalId
    ) public view override(Governor, GovernorPreventLateQuorum) returns (uint256) {
        return super.proposalDeadline(proposalId);
    }

    function _tallyUpdated(uint256 proposalId) internal override(Governor, GovernorPreventLateQuorum) {
        super._tallyUpdated(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}
