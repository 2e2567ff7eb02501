// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/**
 * @title Vm
 * @notice The few cheatcodes our Solidity tests use, declared here because forge-std is not available. The test
 * runner answers calls to them at the standard cheatcode address.
 */
interface Vm {
    function warp(uint256 newTimestamp) external;
    function prank(address msgSender) external;
    function startPrank(address msgSender) external;
    function stopPrank() external;
    function deal(address account, uint256 newBalance) external;
    function assume(bool condition) external pure;
    function expectRevert(bytes calldata revertData) external;
    function expectRevert(bytes4 revertSelector) external;
}

/**
 * @title CheatBase
 * @notice Shared test plumbing: the cheatcode handle, `bound` (forge-std's helper, rewritten) and small assertions.
 */
abstract contract CheatBase {
    Vm internal constant VM = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    /// @notice Maps any `x` into `[min, max]`, keeping small inputs as they are where possible.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        // size + 1 cannot overflow unless the range is all of uint256, which every x already lies in.
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }

    function assertEq(uint256 a, uint256 b, string memory what) internal pure {
        if (a != b) revert(string.concat(what, ": values differ"));
    }

    function assertTrue(bool condition, string memory what) internal pure {
        if (!condition) revert(what);
    }
}
