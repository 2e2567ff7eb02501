// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {CommunityNFT} from "../../contracts/CommunityNFT.sol";
import {DAOGovernor} from "../../contracts/DAOGovernor.sol";
import {CheatBase} from "./Cheats.sol";
import {DAOSetup} from "./DAOSetup.sol";

/// @notice Builds, passes and queues proposals that set the NFT price, for the tests below.
abstract contract ProposalSteps is CheatBase {
    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        bytes32 descriptionHash;
        uint256 id;
    }

    function _priceProposal(
        DAOGovernor governor,
        CommunityNFT nft,
        uint256 price,
        string memory description
    ) internal pure returns (Proposal memory p) {
        p.targets = new address[](1);
        p.values = new uint256[](1);
        p.calldatas = new bytes[](1);
        p.targets[0] = address(nft);
        p.calldatas[0] = abi.encodeCall(CommunityNFT.setMintPrice, (price));
        p.descriptionHash = keccak256(bytes(description));
        p.id = governor.hashProposal(p.targets, p.values, p.calldatas, p.descriptionHash);
    }

    /// @dev Proposes as `proposer`, has `voter` vote `support` and moves past the deadline.
    function _proposeAndVote(
        DAOGovernor governor,
        Proposal memory p,
        string memory description,
        address proposer,
        address voter,
        uint8 support
    ) internal {
        VM.prank(proposer);
        governor.propose(p.targets, p.values, p.calldatas, description);
        VM.warp(block.timestamp + governor.votingDelay() + 1);
        VM.prank(voter);
        governor.castVote(p.id, support);
        VM.warp(governor.proposalDeadline(p.id) + 1);
    }
}

/// @notice A fuzzed proposal executes exactly what was voted, and only after the treasury's delay.
contract DAOGovernorFuzzTest is DAOSetup, ProposalSteps {
    function setUp() public {
        _deployDao(MAX_SUPPLY, MAX_PER_TX);
        VM.prank(ALICE);
        token.delegate(ALICE);
        VM.warp(block.timestamp + 1);
    }

    function testFuzz_execute_onlyVotedCallAfterDelay(uint256 price, uint256 otherPrice, uint256 early) public {
        VM.assume(price != otherPrice);
        early = bound(early, 1, TIMELOCK_DELAY);
        Proposal memory p = _priceProposal(governor, nft, price, "Set the price");
        _proposeAndVote(governor, p, "Set the price", ALICE, ALICE, 1);
        governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash);
        uint256 eta = governor.proposalEta(p.id);
        assertEq(eta, block.timestamp + TIMELOCK_DELAY, "eta");

        // before the delay: the treasury refuses
        VM.warp(eta - early);
        bytes32 operation = treasury.hashOperationBatch(
            p.targets,
            p.values,
            p.calldatas,
            0,
            bytes20(address(governor)) ^ p.descriptionHash
        );
        VM.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                operation,
                bytes32(1 << uint8(TimelockController.OperationState.Ready))
            )
        );
        governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash);

        // after the delay, other calldata is another (unknown) proposal
        VM.warp(eta);
        Proposal memory other = _priceProposal(governor, nft, otherPrice, "Set the price");
        VM.expectRevert(abi.encodeWithSelector(IGovernor.GovernorNonexistentProposal.selector, other.id));
        governor.execute(other.targets, other.values, other.calldatas, other.descriptionHash);

        governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash);
        assertEq(nft.mintPrice(), price, "executed price");
    }

    function testFuzz_settings_refusedForAnyoneButTreasury(address caller, uint48 value) public {
        VM.assume(caller != address(treasury));
        bytes memory onlyExecutor = abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, caller);

        VM.prank(caller);
        VM.expectRevert(onlyExecutor);
        governor.setVotingDelay(value);

        VM.prank(caller);
        VM.expectRevert(onlyExecutor);
        governor.setProposalThreshold(value);

        VM.prank(caller);
        VM.expectRevert(onlyExecutor);
        governor.updateQuorumNumerator(value % 100);

        VM.prank(caller);
        VM.expectRevert(onlyExecutor);
        governor.setLateQuorumVoteExtension(value);

        VM.prank(caller);
        VM.expectRevert(abi.encodeWithSelector(TimelockController.TimelockUnauthorizedCaller.selector, caller));
        treasury.updateDelay(value);

        assertEq(governor.votingDelay(), VOTING_DELAY, "voting delay");
        assertEq(treasury.getMinDelay(), TIMELOCK_DELAY, "timelock delay");
    }
}

/// @notice Random proposals (passed or rejected), time moves, executions and tampered executions.
contract GovernorHandler is ProposalSteps {
    DAOGovernor private immutable _governor;
    CommunityNFT private immutable _nft;
    address private immutable _voter;

    Proposal[] private _proposals;
    uint256[] private _prices;
    bool[] private _passed;

    /// @notice Executions that went through without a passing vote, before the delay or with other calldata.
    uint256 public violations;
    /// @notice The price of the last executed proposal.
    uint256 public expectedPrice;
    /// @notice Executions that went through, so that a run shows it exercised them.
    uint256 public executions;

    constructor(DAOGovernor governor_, CommunityNFT nft_, address voter) {
        _governor = governor_;
        _nft = nft_;
        _voter = voter;
        expectedPrice = nft_.mintPrice();
    }

    function propose(uint256 price, bool pass) external {
        price = bound(price, 0, 1 ether);
        string memory description = string.concat("Proposal ", _toString(_proposals.length));
        Proposal memory p = _priceProposal(_governor, _nft, price, description);
        _proposeAndVote(_governor, p, description, _voter, _voter, pass ? 1 : 0);
        if (pass) _governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash);
        _proposals.push(p);
        _prices.push(price);
        _passed.push(pass);
    }

    function wait(uint256 seconds_) external {
        VM.warp(block.timestamp + bound(seconds_, 0, 90));
    }

    function execute(uint256 index) external {
        if (_proposals.length == 0) return;
        index %= _proposals.length;
        Proposal memory p = _proposals[index];
        uint256 eta = _governor.proposalEta(p.id);
        try _governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash) {
            if (!_passed[index] || eta == 0 || block.timestamp < eta) violations++;
            expectedPrice = _prices[index];
            executions++;
        } catch {}
    }

    function executeTampered(uint256 index, uint256 otherPrice) external {
        if (_proposals.length == 0) return;
        Proposal memory p = _proposals[index % _proposals.length];
        bytes[] memory calldatas = new bytes[](1);
        calldatas[0] = abi.encodeCall(CommunityNFT.setMintPrice, (otherPrice));
        if (keccak256(calldatas[0]) == keccak256(p.calldatas[0])) return;
        try _governor.execute(p.targets, p.values, calldatas, p.descriptionHash) {
            violations++;
        } catch {}
    }

    function _toString(uint256 value) private pure returns (string memory) {
        if (value == 0) return "0";
        bytes memory digits;
        for (; value > 0; value /= 10) digits = abi.encodePacked(bytes1(uint8(48 + (value % 10))), digits);
        return string(digits);
    }
}

/// @notice Whatever the sequence, only voted proposals run, and only after the delay.
contract DAOGovernorInvariantTest is DAOSetup {
    GovernorHandler private _handler;

    function setUp() public {
        _deployDao(MAX_SUPPLY, MAX_PER_TX);
        VM.prank(ALICE);
        token.delegate(ALICE);
        VM.warp(block.timestamp + 1);
        _handler = new GovernorHandler(governor, nft, ALICE);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(_handler);
    }

    /// hardhat-config: invariant.runs = 64
    /// hardhat-config: invariant.depth = 32
    function invariant_onlyVotedProposalsExecuteAfterDelay() public view {
        assertEq(_handler.violations(), 0, "executions that should have failed");
        assertEq(nft.mintPrice(), _handler.expectedPrice(), "price");
    }
}
