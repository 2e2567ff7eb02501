// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/**
 * @title BaselinePlainNFT
 * @notice Benchmark reference, leaner than the Wizard's: a bare ERC-721 with the same paid mint as {BaselineNFT}
 * but no stored token URI. It shows how much of {CommunityNFT}'s batch saving comes from ERC721A alone. Used only
 * by `npm run bench`.
 */
contract BaselinePlainNFT is ERC721 {
    address payable public immutable treasury;
    uint256 public mintPrice;
    uint256 private _nextTokenId = 1;

    error BaselinePlainNFTWrongPayment(uint256 sent, uint256 expected);
    error BaselinePlainNFTPaymentFailed();

    constructor(address payable treasury_, uint256 mintPrice_) ERC721("BaselinePlainNFT", "BPNFT") {
        treasury = treasury_;
        mintPrice = mintPrice_;
    }

    /// @notice Mints `quantity` tokens to the caller, one `_safeMint` each.
    function mint(uint256 quantity) public payable {
        uint256 expected = quantity * mintPrice;
        if (msg.value != expected) revert BaselinePlainNFTWrongPayment(msg.value, expected);
        for (uint256 i = 0; i < quantity; ++i) {
            _safeMint(msg.sender, _nextTokenId++);
        }
        (bool paid, ) = treasury.call{value: expected}("");
        if (!paid) revert BaselinePlainNFTPaymentFailed();
    }
}
