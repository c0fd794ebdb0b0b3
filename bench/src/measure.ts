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
export async function throughput(target: Target, { seconds, connections = 8 }: { seconds: number; connections?: number }): Promise<Throughput> {
  checkLoopback(target.url);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
    duration: seconds,
    connections,
  });
  return { requestsPerSecond: result.requests.average, failures: result.errors + result.timeouts + result.non2xx };
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
 * milliseconds, too coarse for a cached answer): a warm-up, then requests for `seconds` or
 * `maxRequests`, whichever ends first.
 */
export async function latencyOneAtATime(
  target: Target,
  { seconds, maxRequests = 5000, warmUp = 20 }: { seconds: number; maxRequests?: number; warmUp?: number },
): Promise<Latency> {
  checkLoopback(target.url);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < warmUp; i++) await once(agent, target);
    const timings: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    while (timings.length < maxRequests && performance.now() < deadline) {
      const begun = performance.now();
      const status = await once(agent, target);
      if (status < 200 || status > 299) throw new Error(`${target.label} answered ${status}`);
      timings.push(performance.now() - begun);
    }
    timings.sort((a, b) => a - b);
    const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
    return { p50Ms: at(0.5), p99Ms: at(0.99), requests: timings.length };
  } finally {
    agent.destroy();
  }
}
