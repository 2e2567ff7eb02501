// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

/**
 * @title NFTArt
 * @notice Builds the on-chain metadata of a {CommunityNFT} token: a JSON document with a name, a description,
 * attributes and an SVG image, all derived from the token id, so that every token looks different and the art
 * needs no server.
 * @dev Every string written into the SVG comes from this library's own constant tables or from numbers. The one
 * outside string, the collection name chosen at deployment, is JSON-escaped, so a quote or backslash in it cannot
 * add fields to the document.
 */
library NFTArt {
    using Strings for uint256;
    using Strings for string;

    /// @notice Returns the token's metadata as a `data:application/json;base64,` URI.
    function tokenURI(string memory collectionName, uint256 tokenId) internal pure returns (string memory) {
        uint256 seed = uint256(keccak256(abi.encodePacked("CommunityNFT", tokenId)));
        string memory palette = _paletteName(seed);
        string memory shape = _shapeName(seed >> 8);
        uint256 rings = 2 + ((seed >> 16) % 4);

        bytes memory json = abi.encodePacked(
            '{"name":"',
            collectionName.escapeJSON(),
            " #",
            tokenId.toString(),
            '","description":"A member badge of the DAO community, drawn on-chain.","attributes":[',
            '{"trait_type":"Palette","value":"',
            palette,
            '"},{"trait_type":"Shape","value":"',
            shape,
            '"},{"trait_type":"Rings","value":',
            rings.toString(),
            '}],"image":"data:image/svg+xml;base64,',
            Base64.encode(_svg(seed, tokenId, rings)),
            '"}'
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    function _svg(uint256 seed, uint256 tokenId, uint256 rings) private pure returns (bytes memory svg) {
        uint256 hue = seed % 360;
        uint256 accent = (hue + 120 + ((seed >> 24) % 120)) % 360;
        svg = abi.encodePacked(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 320">',
            '<rect width="320" height="320" fill="hsl(',
            hue.toString(),
            ',55%,18%)"/>'
        );
        for (uint256 i = 0; i < rings; ++i) {
            svg = abi.encodePacked(
                svg,
                '<circle cx="160" cy="160" r="',
                (130 - i * 26).toString(),
                '" fill="none" stroke-width="10" stroke="hsl(',
                ((accent + i * 24) % 360).toString(),
                ",75%,",
                (45 + i * 8).toString(),
                '%)"/>'
            );
        }
        svg = abi.encodePacked(
            svg,
            _shapeElement(seed >> 8, accent),
            '<text x="160" y="300" text-anchor="middle" font-family="monospace" font-size="20" fill="#fff">#',
            tokenId.toString(),
            "</text></svg>"
        );
    }

    function _shapeElement(uint256 seed, uint256 hue) private pure returns (bytes memory) {
        string memory fill = string.concat("hsl(", hue.toString(), ",80%,60%)");
        uint256 kind = seed % 3;
        if (kind == 0) return abi.encodePacked('<circle cx="160" cy="160" r="34" fill="', fill, '"/>');
        if (kind == 1) return abi.encodePacked('<rect x="126" y="126" width="68" height="68" fill="', fill, '"/>');
        return abi.encodePacked('<polygon points="160,118 200,196 120,196" fill="', fill, '"/>');
    }

    function _shapeName(uint256 seed) private pure returns (string memory) {
        uint256 kind = seed % 3;
        if (kind == 0) return "Sun";
        if (kind == 1) return "Block";
        return "Peak";
    }

    function _paletteName(uint256 seed) private pure returns (string memory) {
        uint256 hue = seed % 360;
        if (hue < 60) return "Ember";
        if (hue < 150) return "Meadow";
        if (hue < 250) return "Tide";
        return "Dusk";
    }
}
