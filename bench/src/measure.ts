import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

/** One target: a loopback URL and the request every measurement of it sends. */
export interface Target {
  label: string;
  url: string;
  body: string;
  headers: Record<string, string>;
}

export interface Throughput {
  requestsPerSecond: number;
  /** Failed requests and answers other than 2xx: a target with any is not measured fairly. */
  failures: number;
}

export interface Latency {
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

function checkLoopback(url: string): void {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`benchmarks talk to loopback only, not ${url}`);
}

/** Requests per second with `connections` at once, for a bounded time (autocannon). */
async function throughputOnce(target: Target, seconds: number, connections: number): Promise<{ requests: number; failures: number }> {
  checkLoopback(target.url);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    duration: seconds,
    connections,
  });
  return { requests: result.requests.total, failures: result.errors + result.timeouts + result.non2xx };
}

/**
 * Requests per second of each target with `connections` at once, `seconds` in all per target,
 * taken in `rounds` turns of every target in order: on a machine whose other load comes and goes,
 * each target meets the same conditions, and the ratios between them stay fair.
 */
export async function throughputInTurns(
  targets: (() => Promise<Target>)[],
  { seconds, rounds = 5, connections = 8 }: { seconds: number; rounds?: number; connections?: number },
): Promise<Throughput[]> {
  const totals = targets.map(() => ({ requests: 0, failures: 0 }));
  const turn = Math.max(1, Math.round(seconds / rounds));
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const result = await throughputOnce(await target(), turn, connections);
      totals[i]!.requests += result.requests;
      totals[i]!.failures += result.failures;
    }
  }
  return totals.map((t) => ({ requestsPerSecond: t.requests / (turn * rounds), failures: t.failures }));
}

/** Sends one request over a kept-alive connection and resolves with its status once the answer is read. */
function once(agent: Agent, target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      target.url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(target.body), ...target.headers } },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', reject);
      },
    );
    outgoing.once('error', reject);
    outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`no answer from ${target.label} in 30 s`)));
    outgoing.end(target.body);
  });
}

/**
 * Latency one request at a time, timed to the microsecond (autocannon's histogram counts whole
 * milliseconds, too coarse for a cached answer), the targets taken in turn request by request so
 * each meets the same conditions: a warm-up, then rounds for `seconds` or `maxRounds`, whichever
 * ends first.
 */
export async function latencyOneAtATime(
  targets: Target[],
  { seconds, maxRounds = 5000, warmUp = 20 }: { seconds: number; maxRounds?: number; warmUp?: number },
): Promise<Latency[]> {
  for (const target of targets) checkLoopback(target.url);
  const agents = targets.map(() => new Agent({ keepAlive: true, maxSockets: 1 }));
  try {
    for (let i = 0; i < warmUp; i++) for (const [t, target] of targets.entries()) await once(agents[t]!, target);
    const timings: number[][] = targets.map(() => []);
    const deadline = performance.now() + seconds * 1000;
    for (let round = 0; round < maxRounds && performance.now() < deadline; round++) {
      for (const [t, target] of targets.entries()) {
        const begun = performance.now();
        const status = await once(agents[t]!, target);
        if (status < 200 || status > 299) throw new Error(`${target.label} answered ${status}`);
        timings[t]!.push(performance.now() - begun);
      }
    }
    return timings.map((times) => {
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
      return { p50Ms: at(0.5), p99Ms: at(0.99), requests: times.length };
    });
  } finally {
    for (const agent of agents) agent.destroy();
  }
}
