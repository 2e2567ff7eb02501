import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const RESULTS_DIR = path.join(ROOT, "test-results", "e2e");

/** node_modules/.bin first, so Hardhat and Next run on the Node 22 there. */
const PATH = [path.join(ROOT, "node_modules", ".bin"), process.env.PATH].join(
  path.delimiter,
);

/** A port nobody listens on right now, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A long-running process of ours, in its own process group. */
export interface Service {
  name: string;
  child: ChildProcess;
  /** Its combined output so far (also in test-results/e2e/<name>.log). */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<Service>();

/** Thrown when a command or service fails; carries its last output. */
export class ProcessError extends Error {
  override name = "ProcessError";
}

function tail(text: string, lines = 40): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    // Negative pid: the whole group (npm → sh → node, next → its workers).
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts `command` detached in its own process group, logging to
 * test-results/e2e/<name>.log. Every service started here is stopped when
 * this process exits, including on Ctrl-C or SIGTERM.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = ROOT,
): Service {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const log = createWriteStream(path.join(RESULTS_DIR, `${name}.log`));
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, PATH, NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const collect = (chunk: Buffer) => {
    text += chunk.toString();
    log.write(chunk);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => resolve()),
  );

  const service: Service = {
    name,
    child,
    output: () => text,
    async stop() {
      running.delete(service);
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      // The group may outlive its leader (next start's workers).
      killGroup(child, "SIGKILL");
      log.end();
    },
  };
  running.add(service);
  return service;
}

/** Runs `command` to completion; throws with its output if it fails. */
export async function run(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  cwd = ROOT,
): Promise<string> {
  const service = startService(name, command, args, env, cwd);
  const code = await new Promise<number | null>((resolve) =>
    service.child.once("exit", (exitCode) => resolve(exitCode)),
  );
  await service.stop();
  if (code !== 0) {
    throw new ProcessError(
      `${name} (${command} ${args.join(" ")}) exited with ${code}:\n` +
        tail(service.output()),
    );
  }
  return service.output();
}

/** Polls until `probe` resolves true, the service dies, or time runs out. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  {
    service,
    timeoutMs = 60_000,
  }: { service?: Service; timeoutMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service && service.child.exitCode !== null) {
      throw new ProcessError(
        `${service.name} exited before ${what}:\n${tail(service.output())}`,
      );
    }
    if (await probe().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new ProcessError(
    `timed out after ${timeoutMs} ms waiting for ${what}` +
      (service ? `:\n${tail(service.output())}` : ""),
  );
}

/** Stops every service still running. */
export async function stopAllServices(): Promise<void> {
  await Promise.all([...running].map((service) => service.stop()));
}

function stopAllNow(): void {
  for (const service of running) killGroup(service.child, "SIGKILL");
}

process.once("exit", stopAllNow);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    stopAllNow();
    process.exit(
      128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1),
    );
  });
}
