import path from "node:path";

import { network } from "hardhat";

import { deployDao, writeDeployment } from "./lib/deploy-dao.ts";

const connection = await network.create();
console.log(`Deploying the DAO to ${connection.networkName}…`);

const deployment = await deployDao(connection);
for (const [name, { address, deployBlock }] of Object.entries(
  deployment.contracts,
)) {
  console.log(`  ${name.padEnd(16)} ${address}  (block ${deployBlock})`);
}

const file = await writeDeployment(deployment);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
