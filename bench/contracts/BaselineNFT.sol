// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721URIStorage} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721URIStorage.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/**
 * @title BaselineNFT
 * @notice Benchmark baseline: an ERC-721 with URI storage as OpenZeppelin's Contracts Wizard writes it, with the
 * Wizard's `_safeMint` + `_setTokenURI` per token turned into a paid public mint that pays the treasury, like
 * {CommunityNFT}. Used only by `npm run bench`.
 */
contract BaselineNFT is ERC721, ERC721URIStorage, Ownable {
    address payable public immutable treasury;
    uint256 public mintPrice;
    uint256 private _nextTokenId;

    error BaselineNFTWrongPayment(uint256 sent, uint256 expected);
    error BaselineNFTPaymentFailed();

    constructor(
        address payable treasury_,
        uint256 mintPrice_,
        address initialOwner
    ) ERC721("BaselineNFT", "BNFT") Ownable(initialOwner) {
        treasury = treasury_;
        mintPrice = mintPrice_;
    }

    /// @notice Mints `quantity` tokens to the caller, one `_safeMint` and one stored token URI each.
    function mint(uint256 quantity) public payable {
        uint256 expected = quantity * mintPrice;
        if (msg.value != expected) revert BaselineNFTWrongPayment(msg.value, expected);
        for (uint256 i = 0; i < quantity; ++i) {
            uint256 tokenId = _nextTokenId++;
            _safeMint(msg.sender, tokenId);
            _setTokenURI(tokenId, string.concat(Strings.toString(tokenId), ".json"));
        }
        (bool paid, ) = treasury.call{value: expected}("");
        if (!paid) revert BaselineNFTPaymentFailed();
    }

    // The following functions are overrides required by Solidity.

    function tokenURI(uint256 tokenId) public view override(ERC721, ERC721URIStorage) returns (string memory) {
        return super.tokenURI(tokenId);
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC721URIStorage) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
