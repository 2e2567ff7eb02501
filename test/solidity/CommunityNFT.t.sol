// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

import {CommunityNFT} from "../../contracts/CommunityNFT.sol";
import {CheatBase} from "./Cheats.sol";
import {DAOSetup} from "./DAOSetup.sol";

/// @notice Fuzzed rules of the collection: payment, quantity and who may change settings.
contract CommunityNFTFuzzTest is DAOSetup {
    address private constant MINTER = address(0x1111);

    function setUp() public {
        _deployDao(MAX_SUPPLY, MAX_PER_TX);
    }

    function testFuzz_mint_paysTreasuryExactlyOrNothing(uint256 quantity, uint256 value, bool exact) public {
        quantity = bound(quantity, 0, MAX_PER_TX + 3);
        value = exact ? quantity * MINT_PRICE : bound(value, 0, 1 ether);
        VM.deal(MINTER, value);
        uint256 treasuryBefore = address(treasury).balance;
        bool valid = quantity > 0 && quantity <= MAX_PER_TX && value == quantity * MINT_PRICE;

        VM.prank(MINTER);
        try nft.mint{value: value}(quantity) {
            assertTrue(valid, "an invalid mint went through");
            assertEq(address(treasury).balance - treasuryBefore, value, "treasury receipt");
            assertEq(nft.balanceOf(MINTER), quantity, "tokens minted");
        } catch {
            assertTrue(!valid, "a valid mint was refused");
            assertEq(address(treasury).balance, treasuryBefore, "treasury after a refused mint");
            assertEq(nft.totalSupply(), 0, "tokens after a refused mint");
        }
        assertEq(address(nft).balance, 0, "ETH left in the collection");
    }

    function testFuzz_settings_refusedForAnyoneButTreasury(address caller, uint256 price, uint96 fee) public {
        VM.assume(caller != address(treasury));
        bytes memory unauthorized = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, caller);

        VM.prank(caller);
        VM.expectRevert(unauthorized);
        nft.setMintPrice(price);

        VM.prank(caller);
        VM.expectRevert(unauthorized);
        nft.setMintPaused(true);

        VM.prank(caller);
        VM.expectRevert(unauthorized);
        nft.setBaseURI("ipfs://elsewhere/");

        VM.prank(caller);
        VM.expectRevert(unauthorized);
        nft.setRoyalty(caller, fee);

        assertEq(nft.mintPrice(), MINT_PRICE, "price");
        assertTrue(!nft.mintPaused(), "paused");
        assertEq(bytes(nft.baseURI()).length, 0, "base URI");
    }
}

/// @notice Random mints (right and wrong), price changes by the treasury and setting attempts by outsiders.
contract NFTHandler is CheatBase {
    CommunityNFT private immutable _nft;
    address private immutable _treasury;

    /// @notice What the treasury should have received from successful mints.
    uint256 public expectedReceipts;
    /// @notice The price as the treasury last set it.
    uint256 public expectedPrice;
    /// @notice Calls by outsiders that changed a setting or went through; must stay zero.
    uint256 public outsiderSuccesses;

    constructor(CommunityNFT nft_, address treasury_) {
        _nft = nft_;
        _treasury = treasury_;
        expectedPrice = nft_.mintPrice();
    }

    function mint(uint256 minterSeed, uint256 quantity, uint256 valueSeed, bool exact) external {
        address minter = address(uint160(bound(minterSeed, 0x1000, 0x1010)));
        quantity = bound(quantity, 0, _nft.maxPerTx() + 1);
        uint256 price = _nft.mintPrice();
        uint256 value = exact ? quantity * price : bound(valueSeed, 0, 1 ether);
        VM.deal(minter, value);

        VM.prank(minter);
        try _nft.mint{value: value}(quantity) {
            expectedReceipts += value;
        } catch {}
    }

    function reprice(uint256 newPrice) external {
        newPrice = bound(newPrice, 0, 0.1 ether);
        VM.prank(_treasury);
        _nft.setMintPrice(newPrice);
        expectedPrice = newPrice;
    }

    function outsiderTries(address caller, uint256 which, uint256 arg) external {
        if (caller == _treasury) return;
        VM.prank(caller);
        which %= 4;
        bool ok;
        if (which == 0) (ok, ) = address(_nft).call(abi.encodeCall(CommunityNFT.setMintPrice, (arg)));
        else if (which == 1) (ok, ) = address(_nft).call(abi.encodeCall(CommunityNFT.setMintPaused, (true)));
        else if (which == 2) (ok, ) = address(_nft).call(abi.encodeCall(CommunityNFT.setBaseURI, ("x")));
        else (ok, ) = address(_nft).call(abi.encodeCall(CommunityNFT.setRoyalty, (caller, uint96(arg % 10_000))));
        if (ok) outsiderSuccesses++;
    }
}

/// @notice Invariants of supply and payments under any sequence of handler calls, on a 60-token collection.
contract CommunityNFTInvariantTest is DAOSetup {
    NFTHandler private _handler;

    function setUp() public {
        _deployDao(60, 7);
        _handler = new NFTHandler(nft, address(treasury));
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(_handler);
    }

    /// hardhat-config: invariant.runs = 128
    /// hardhat-config: invariant.depth = 64
    function invariant_supplyNeverPassesMaxSupply() public view {
        assertTrue(nft.totalSupply() <= nft.maxSupply(), "supply passed maxSupply");
    }

    /// hardhat-config: invariant.runs = 128
    /// hardhat-config: invariant.depth = 64
    function invariant_treasuryReceivesExactlyWhatMintsCost() public view {
        assertEq(address(treasury).balance, _handler.expectedReceipts(), "treasury balance");
        assertEq(address(nft).balance, 0, "ETH left in the collection");
    }

    /// hardhat-config: invariant.runs = 128
    /// hardhat-config: invariant.depth = 64
    function invariant_onlyTreasuryChangesSettings() public view {
        assertEq(_handler.outsiderSuccesses(), 0, "outsider calls that went through");
        assertEq(nft.mintPrice(), _handler.expectedPrice(), "price");
        assertTrue(!nft.mintPaused(), "paused by an outsider");
        assertEq(bytes(nft.baseURI()).length, 0, "base URI set by an outsider");
    }
}
