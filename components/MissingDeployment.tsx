import type { AppConfig } from "@/lib/app-config.ts";

/** The page shown instead of the app when no deployment record is found. */
export function MissingDeployment({ config }: { config: AppConfig }) {
  return (
    <section className="card setup" aria-labelledby="setup-title">
      <h1 id="setup-title">The DAO is not deployed yet</h1>
      <p>{config.deploymentProblem}</p>
      <p>
        The app looks for the contracts of chain{" "}
        <strong>{config.chainId}</strong> through <code>{config.rpcUrl}</code>.
        To run everything locally (node, deployment, seed data and this app),
        run:
      </p>
      <pre>
        <code>npm run dev</code>
      </pre>
      <p>Or, with a node already running, deploy to it:</p>
      <pre>
        <code>npm run deploy -- --network localhost</code>
      </pre>
      <p>
        Then reload this page. Another node or folder? Set{" "}
        <code>DAO_RPC_URL</code>, <code>DAO_CHAIN_ID</code> and{" "}
        <code>DAO_DEPLOYMENTS_DIR</code> before starting the app.
      </p>
    </section>
  );
}

/** The page shown when an environment variable of the app is malformed. */
export function ConfigProblem({ problem }: { problem: string }) {
  return (
    <section className="card setup" aria-labelledby="config-title">
      <h1 id="config-title">The app is misconfigured</h1>
      <p>{problem}.</p>
      <p>
        Fix the variable and restart the app: <code>DAO_RPC_URL</code> is an
        http(s) URL (default <code>http://127.0.0.1:8545</code>),{" "}
        <code>DAO_CHAIN_ID</code> a positive integer (default 31337).
      </p>
    </section>
  );
}
