import autocannon from 'autocannon';

export interface Measurement {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Loads one loopback URL with a fixed body for a bounded time and summarises latency and throughput. */
export async function measure(
  label: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  { seconds = 10, connections = 8 }: { seconds?: number; connections?: number } = {},
): Promise<Measurement> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`benchmarks talk to loopback only, not ${url}`);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    duration: seconds,
    connections,
  });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
