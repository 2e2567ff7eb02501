// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721A, IERC721A} from "erc721a/contracts/ERC721A.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {NFTArt} from "./libraries/NFTArt.sol";

/**
 * @title CommunityNFT
 * @notice The DAO's collection: anyone mints at a fixed price per token, paid straight into the treasury.
 * Metadata and art are generated on-chain until the DAO points the collection at a base URI (an IPFS folder, say).
 *
 * The owner is the treasury, so the price, pausing, the base URI and royalties change only through proposals.
 * Batch mints cost little more than a single one (ERC721A), so minting several tokens in one call is cheap.
 *
 * NOTE: Token ids start at 1. The collection implements ERC-4906: {supportsInterface} reports its id and a base URI
 * change emits {BatchMetadataUpdate} over every id so that marketplaces refresh. (OpenZeppelin's IERC4906 extends
 * its own IERC721, whose events clash with ERC721A's, so the event is declared here.)
 */
contract CommunityNFT is ERC721A, ERC2981, Ownable, ReentrancyGuardTransient {
    /// @dev The treasury, which receives every mint payment and the royalties by default.
    address payable private immutable _treasury;
    /// @dev Most tokens that can ever exist.
    uint256 private immutable _maxSupply;
    /// @dev Most tokens one mint call may create.
    uint256 private immutable _maxPerTx;

    uint256 private _mintPrice;
    bool private _mintPaused;
    string private _baseTokenURI;

    /// @notice Thrown when a mint asks for zero tokens or more than `maxPerTx` of them.
    error CommunityNFTInvalidQuantity(uint256 quantity, uint256 maxPerTx);
    /// @notice Thrown when a mint of `quantity` would pass the collection's `maxSupply`; `remaining` can still be minted.
    error CommunityNFTSoldOut(uint256 quantity, uint256 remaining);
    /// @notice Thrown when the ETH sent differs from `quantity × mintPrice` (`expected`).
    error CommunityNFTWrongPayment(uint256 sent, uint256 expected);
    /// @notice Thrown when minting while the DAO has paused it.
    error CommunityNFTMintPaused();
    /// @notice Thrown when the treasury does not accept a mint payment.
    error CommunityNFTPaymentFailed(address treasury, uint256 amount);
    /// @notice Thrown at deployment when `maxSupply` or `maxPerTx` is zero, or `maxPerTx` exceeds `maxSupply`.
    /// (A zero treasury is refused by {Ownable} with {OwnableInvalidOwner}.)
    error CommunityNFTInvalidConfig(uint256 maxSupply, uint256 maxPerTx);

    /// @notice ERC-4906: the metadata of tokens `fromTokenId` to `toTokenId` changed.
    event BatchMetadataUpdate(uint256 fromTokenId, uint256 toTokenId);

    /// @notice Emitted when the price per token changes from `oldPrice` to `newPrice` (in wei).
    event MintPriceUpdated(uint256 oldPrice, uint256 newPrice);
    /// @notice Emitted when minting is paused (`paused` true) or resumed.
    event MintPausedSet(bool paused);
    /// @notice Emitted when the base URI changes; an empty one restores the on-chain art.
    event BaseURIUpdated(string baseURI);
    /// @notice Emitted when the royalty receiver or rate changes.
    event RoyaltyUpdated(address receiver, uint96 feeNumerator);

    /**
     * @param name_ Collection name.
     * @param symbol_ Collection symbol.
     * @param treasury_ The DAO's treasury: owner, payee of every mint and default royalty receiver.
     * @param mintPrice_ Price per token in wei.
     * @param maxSupply_ Most tokens that can ever exist.
     * @param maxPerTx_ Most tokens one mint call may create.
     * @param royaltyBps Royalty rate in basis points (ERC-2981).
     */
    constructor(
        string memory name_,
        string memory symbol_,
        address payable treasury_,
        uint256 mintPrice_,
        uint256 maxSupply_,
        uint256 maxPerTx_,
        uint96 royaltyBps
    ) ERC721A(name_, symbol_) Ownable(treasury_) {
        if (maxSupply_ == 0 || maxPerTx_ == 0 || maxPerTx_ > maxSupply_) {
            revert CommunityNFTInvalidConfig(maxSupply_, maxPerTx_);
        }
        _treasury = treasury_;
        _maxSupply = maxSupply_;
        _maxPerTx = maxPerTx_;
        _mintPrice = mintPrice_;
        _setDefaultRoyalty(treasury_, royaltyBps);
    }

    // ---------------------------------------------------------------- minting

    /**
     * @notice Mints `quantity` tokens to the caller for exactly `quantity × mintPrice()` wei, which goes to the
     * treasury in the same transaction.
     * @dev Reverts with {CommunityNFTMintPaused} while paused, {CommunityNFTInvalidQuantity} for zero or more than
     * `maxPerTx()` tokens, {CommunityNFTSoldOut} past `maxSupply()` and {CommunityNFTWrongPayment} unless the ETH
     * sent is exactly the price.
     *
     * A contract caller must implement {IERC721Receiver-onERC721Received}. The call is guarded against
     * reentrancy: a receiver that calls back into `mint` makes the whole mint revert with
     * {ReentrancyGuardReentrantCall}, so no token is created and no payment moves.
     */
    function mint(uint256 quantity) external payable nonReentrant {
        if (_mintPaused) revert CommunityNFTMintPaused();
        if (quantity == 0 || quantity > _maxPerTx) revert CommunityNFTInvalidQuantity(quantity, _maxPerTx);
        uint256 minted = _totalMinted();
        if (minted + quantity > _maxSupply) revert CommunityNFTSoldOut(quantity, _maxSupply - minted);
        uint256 expected = quantity * _mintPrice;
        if (msg.value != expected) revert CommunityNFTWrongPayment(msg.value, expected);

        // Tokens first, payment last: the receiver callback cannot re-enter (nonReentrant), the treasury is ours.
        _safeMint(msg.sender, quantity);

        if (expected > 0) {
            (bool paid, ) = _treasury.call{value: expected}("");
            if (!paid) revert CommunityNFTPaymentFailed(_treasury, expected);
        }
    }

    /// @notice Price of one token, in wei.
    function mintPrice() external view returns (uint256) {
        return _mintPrice;
    }

    /// @notice Whether minting is paused.
    function mintPaused() external view returns (bool) {
        return _mintPaused;
    }

    /// @notice Most tokens that can ever exist.
    function maxSupply() external view returns (uint256) {
        return _maxSupply;
    }

    /// @notice Most tokens one mint call may create.
    function maxPerTx() external view returns (uint256) {
        return _maxPerTx;
    }

    /// @notice The treasury that receives mint payments.
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @notice The base URI that overrides the on-chain art, or an empty string.
    function baseURI() external view returns (string memory) {
        return _baseTokenURI;
    }

    // ---------------------------------------------------------------- settings (treasury only)

    /// @notice Sets the price of one token, in wei. Only the owner (the treasury).
    function setMintPrice(uint256 newPrice) external onlyOwner {
        uint256 oldPrice = _mintPrice;
        _mintPrice = newPrice;
        emit MintPriceUpdated(oldPrice, newPrice);
    }

    /// @notice Pauses (`paused` true) or resumes minting. Only the owner (the treasury).
    function setMintPaused(bool paused) external onlyOwner {
        _mintPaused = paused;
        emit MintPausedSet(paused);
    }

    /**
     * @notice Sets a base URI; `tokenURI(id)` then returns `baseURI + id`. An empty string restores the on-chain
     * metadata. Only the owner (the treasury).
     */
    function setBaseURI(string calldata newBaseURI) external onlyOwner {
        _baseTokenURI = newBaseURI;
        emit BaseURIUpdated(newBaseURI);
        emit BatchMetadataUpdate(_startTokenId(), type(uint256).max);
    }

    /// @notice Sets the ERC-2981 royalty receiver and rate (basis points). Only the owner (the treasury).
    function setRoyalty(address receiver, uint96 feeNumerator) external onlyOwner {
        _setDefaultRoyalty(receiver, feeNumerator);
        emit RoyaltyUpdated(receiver, feeNumerator);
    }

    // ---------------------------------------------------------------- metadata

    /**
     * @notice The token's metadata: `baseURI + id` when a base URI is set, otherwise an on-chain
     * `data:application/json;base64,` document whose image is an SVG data URI.
     */
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        if (!_exists(tokenId)) revert URIQueryForNonexistentToken();
        if (bytes(_baseTokenURI).length > 0) return string.concat(_baseTokenURI, _toString(tokenId));
        return NFTArt.tokenURI(name(), tokenId);
    }

    /// @inheritdoc IERC721A
    function supportsInterface(bytes4 interfaceId) public view override(ERC721A, ERC2981) returns (bool) {
        return
            interfaceId == bytes4(0x49064906) ||
            ERC721A.supportsInterface(interfaceId) ||
            ERC2981.supportsInterface(interfaceId);
    }

    function _startTokenId() internal pure override returns (uint256) {
        return 1;
    }
}
