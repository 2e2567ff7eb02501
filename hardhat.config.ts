import { createRequire } from "node:module";
import { configVariable, defineConfig } from "hardhat/config";
import hardhatToolboxViem from "@nomicfoundation/hardhat-toolbox-viem";
import hardhatEthers from "@nomicfoundation/hardhat-ethers";

const require = createRequire(import.meta.url);

// solc ships as an npm package, so builds need no download. The version must
// match the one in node_modules/solc.
const solc = require("solc/package.json") as { version: string };

export default defineConfig({
  plugins: [hardhatToolboxViem, hardhatEthers],
  solidity: {
    version: solc.version,
    path: require.resolve("solc/soljson.js"),
    settings: {
      optimizer: { enabled: true, runs: 200 },
      evmVersion: "cancun",
    },
  },
  networks: {
    // The local node; DAO_RPC_URL points at another port (tests use free ones).
    localhost: {
      type: "http",
      chainType: "l1",
      url: process.env.DAO_RPC_URL ?? "http://127.0.0.1:8545",
    },
    sepolia: {
      type: "http",
      chainType: "l1",
      url: configVariable("SEPOLIA_RPC_URL"),
      accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
    },
    baseSepolia: {
      type: "http",
      chainType: "op",
      url: configVariable("BASE_SEPOLIA_RPC_URL"),
      accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
    },
  },
  paths: {
    // test/helpers and test/mocks hold shared code, not tests.
    tests: { nodejs: "test/contracts" },
  },
  test: {
    solidity: {
      fuzz: { runs: 256 },
    },
  },
});
