// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CommunityNFT} from "../../contracts/CommunityNFT.sol";

/**
 * @title NonReceiverMinter
 * @notice Test helper: a contract that mints but has no `onERC721Received`, so safe mints to it must fail.
 */
contract NonReceiverMinter {
    /// @notice Mints `quantity` tokens of `nft` to this contract, forwarding the ETH sent.
    function mint(CommunityNFT nft, uint256 quantity) external payable {
        nft.mint{value: msg.value}(quantity);
    }
}

/**
 * @title ReentrantMinter
 * @notice Test helper: accepts tokens, but its receiver hook tries to mint again with the ETH it holds, the way an
 * attacker would try to re-enter the mint between the token transfer and the payment.
 */
contract ReentrantMinter {
    CommunityNFT private _nft;

    /// @notice Mints `quantity` tokens of `nft`, paying `msg.value`; the receiver hook then re-enters once.
    function attack(CommunityNFT nft, uint256 quantity) external payable {
        _nft = nft;
        nft.mint{value: msg.value}(quantity);
    }

    /// @notice Receiver hook that calls `mint` again before the first mint has paid the treasury.
    function onERC721Received(address, address, uint256, bytes calldata) external returns (bytes4) {
        CommunityNFT nft = _nft;
        if (address(nft) != address(0)) {
            _nft = CommunityNFT(address(0));
            nft.mint{value: nft.mintPrice()}(1);
        }
        return this.onERC721Received.selector;
    }

    receive() external payable {}
}
