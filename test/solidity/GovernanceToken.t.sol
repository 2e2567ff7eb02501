// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {GovernanceToken} from "../../contracts/GovernanceToken.sol";
import {CheatBase} from "./Cheats.sol";
import {DAOSetup} from "./DAOSetup.sol";

/// @notice Fuzzed rules of the governance token: the cap and who may mint.
contract GovernanceTokenFuzzTest is DAOSetup {
    function setUp() public {
        _deployDao(MAX_SUPPLY, MAX_PER_TX);
    }

    function testFuzz_mint_neverPassesCap(uint256 amount) public {
        amount = bound(amount, 0, 2 * CAP);
        uint256 supply = token.totalSupply();

        VM.prank(address(treasury));
        if (supply + amount > CAP) {
            VM.expectRevert(
                abi.encodeWithSelector(GovernanceToken.GovernanceTokenCapExceeded.selector, supply + amount, CAP)
            );
            token.mint(ALICE, amount);
            assertEq(token.totalSupply(), supply, "supply after a refused mint");
        } else {
            token.mint(ALICE, amount);
            assertEq(token.totalSupply(), supply + amount, "supply after a mint");
        }
        assertTrue(token.totalSupply() <= token.cap(), "supply passed the cap");
    }

    function testFuzz_mint_refusedForAnyoneButTreasury(address caller, uint256 amount) public {
        VM.assume(caller != address(treasury));

        VM.prank(caller);
        VM.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller));
        token.mint(caller, amount);
    }
}

/// @notice Random transfers, delegations and treasury mints among a few holders.
contract TokenHandler is CheatBase {
    GovernanceToken private immutable _token;
    address private immutable _treasury;
    address[4] private _actors = [address(0xA11CE), address(0xB0B), address(0xCA201), address(0xDA7E)];

    /// @notice Mints that went through although they passed the cap; must stay zero.
    uint256 public capViolations;

    constructor(GovernanceToken token_, address treasury_) {
        _token = token_;
        _treasury = treasury_;
    }

    function actorCount() external pure returns (uint256) {
        return 4;
    }

    function actor(uint256 i) external view returns (address) {
        return _actors[i];
    }

    function transfer(uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        address from = _actors[fromSeed % 4];
        amount = bound(amount, 0, _token.balanceOf(from));
        VM.prank(from);
        _token.transfer(_actors[toSeed % 4], amount);
    }

    function delegate(uint256 fromSeed, uint256 toSeed) external {
        // One seed in five undelegates (delegatee zero).
        address to = toSeed % 5 == 4 ? address(0) : _actors[toSeed % 5];
        VM.prank(_actors[fromSeed % 4]);
        _token.delegate(to);
    }

    function mint(uint256 toSeed, uint256 amount) external {
        uint256 room = _token.cap() - _token.totalSupply();
        amount = bound(amount, 0, room + 1_000 ether);
        VM.prank(_treasury);
        try _token.mint(_actors[toSeed % 4], amount) {
            if (amount > room) capViolations++;
        } catch {}
    }
}

/// @notice Invariants of supply and voting power under any sequence of handler calls.
contract GovernanceTokenInvariantTest is DAOSetup {
    TokenHandler private _handler;

    function setUp() public {
        _deployDao(MAX_SUPPLY, MAX_PER_TX);
        _handler = new TokenHandler(token, address(treasury));
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(_handler);
    }

    /// hardhat-config: invariant.runs = 128
    /// hardhat-config: invariant.depth = 64
    function invariant_supplyNeverPassesCap() public view {
        assertTrue(token.totalSupply() <= token.cap(), "supply passed the cap");
        assertEq(_handler.capViolations(), 0, "mints past the cap");
    }

    /// hardhat-config: invariant.runs = 128
    /// hardhat-config: invariant.depth = 64
    function invariant_votesEqualDelegatedSupply() public view {
        uint256 votes;
        uint256 delegated;
        for (uint256 i = 0; i < _handler.actorCount(); ++i) {
            address holder = _handler.actor(i);
            votes += token.getVotes(holder);
            if (token.delegates(holder) != address(0)) delegated += token.balanceOf(holder);
        }
        assertEq(votes, delegated, "voting power vs delegated balances");
    }
}
