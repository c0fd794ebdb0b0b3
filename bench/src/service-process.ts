import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root: every service is started from there, so tsx finds the root tsconfig. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  name: string;
  pid: number;
  /** Ends the process by its pid: SIGTERM (it drains and stops), SIGKILL if it has not gone in time. */
  stop(): Promise<void>;
}

/**
 * Starts one service in a process of its own, as in production: this Node.js with tsx, an entry
 * file relative to the repository's root and the environment given. Its error output is kept, so
 * a service that fails to start says why.
 */
export function spawnService(name: string, entry: string, env: Record<string, string>): ServiceProcess & { child: ChildProcess; output(): string } {
  // BENCH_CPU_PROFILE_DIR: each service writes a CPU profile there when it stops (`<name>.cpuprofile`).
  const profileDir = process.env.BENCH_CPU_PROFILE_DIR;
  const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${name.replace(/[^a-z0-9-]+/gi, '-')}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', entry], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${name} did not start`);
  let output = '';
  const keep = (chunk: Buffer) => {
    // The last 8 KB is enough to say why a service failed.
    output = (output + chunk.toString('utf8')).slice(-8192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  return {
    name,
    pid,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(pid, 'SIGTERM');
      const gone = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
      if (!gone) {
        process.kill(pid, 'SIGKILL');
        await exited;
      }
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `url` (with `init`, a GET unless given) until it answers 200, for at most `seconds`; fails
 * with the service's own output otherwise.
 */
export async function waitUntilReady(
  service: ServiceProcess & { child: ChildProcess; output(): string },
  url: string,
  seconds = 180,
  init: RequestInit = {},
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${service.name} exited with ${service.child.exitCode} before it was ready:\n${service.output()}`);
    }
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${service.name} was not ready at ${url} within ${seconds} s:\n${service.output()}`);
}
