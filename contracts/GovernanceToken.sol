// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {IERC6372} from "@openzeppelin/contracts/interfaces/IERC6372.sol";

/**
 * @title GovernanceToken
 * @notice ERC-20 governance token with delegated voting power, gasless approvals (ERC-2612) and a hard supply cap.
 * Voting checkpoints follow the ERC-6372 timestamp clock, so proposal windows are measured in seconds and behave
 * the same on every chain, whatever its block time.
 *
 * The owner is the DAO's treasury (a timelock controlled by the governor): only an executed proposal can mint.
 *
 * NOTE: Balances do not count as votes until their holder delegates, to themselves or to someone else.
 */
contract GovernanceToken is ERC20, ERC20Permit, ERC20Votes, Ownable {
    /// @dev Maximum total supply, fixed at deployment.
    uint256 private immutable _cap;

    /// @notice Thrown when a mint would take the total supply from `supplyAfter` past `cap`.
    error GovernanceTokenCapExceeded(uint256 supplyAfter, uint256 cap);

    /// @notice Thrown when the initial allocation lists `recipients` and `amounts` of different lengths.
    error GovernanceTokenAllocationMismatch(uint256 recipients, uint256 amounts);

    /// @notice Thrown when the cap given at deployment is zero.
    error GovernanceTokenZeroCap();

    /// @notice Emitted when the treasury mints `amount` new tokens to `to`.
    event Minted(address indexed to, uint256 amount);

    /**
     * @param name_ Token name, also the EIP-712 domain name used by permits.
     * @param symbol_ Token symbol.
     * @param treasury Owner of the token (the DAO's timelock); it alone may mint later.
     * @param cap_ Maximum total supply.
     * @param treasuryAllocation Tokens minted to the treasury at deployment.
     * @param recipients Accounts receiving the rest of the initial distribution.
     * @param amounts Amount for each of `recipients`, in the same order.
     */
    constructor(
        string memory name_,
        string memory symbol_,
        address treasury,
        uint256 cap_,
        uint256 treasuryAllocation,
        address[] memory recipients,
        uint256[] memory amounts
    ) ERC20(name_, symbol_) ERC20Permit(name_) Ownable(treasury) {
        if (cap_ == 0) revert GovernanceTokenZeroCap();
        if (recipients.length != amounts.length) {
            revert GovernanceTokenAllocationMismatch(recipients.length, amounts.length);
        }
        _cap = cap_;

        if (treasuryAllocation > 0) _mintCapped(treasury, treasuryAllocation);
        for (uint256 i = 0; i < recipients.length; ++i) {
            _mintCapped(recipients[i], amounts[i]);
        }
    }

    /// @notice Maximum total supply; no mint can go past it.
    function cap() external view returns (uint256) {
        return _cap;
    }

    /**
     * @notice Mints `amount` new tokens to `to`. Only the treasury (that is, an executed proposal) may call this.
     * @dev Reverts with {GovernanceTokenCapExceeded} past the cap and {OwnableUnauthorizedAccount} for any other caller.
     */
    function mint(address to, uint256 amount) external onlyOwner {
        _mintCapped(to, amount);
        emit Minted(to, amount);
    }

    /**
     * @inheritdoc IERC6372
     * @dev A plain cast: `block.timestamp` stays below 2^48 for millions of years, so the checked cast that
     * `Time.timestamp()` does would only cost gas on every checkpoint, vote and proposal.
     */
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @inheritdoc IERC6372
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @inheritdoc Nonces
    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }

    /// @dev The cap is checked here rather than in `_update`, so that transfers pay nothing for it.
    function _mintCapped(address to, uint256 amount) private {
        uint256 supplyAfter = totalSupply() + amount;
        if (supplyAfter > _cap) revert GovernanceTokenCapExceeded(supplyAfter, _cap);
        _mint(to, amount);
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }
}
