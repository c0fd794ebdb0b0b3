/**
 * `npm run bench`: the full dashboard query through the gateway and the same query straight to
 * organisational-processes, measured in one run on loopback, reported as ratios (absolute
 * figures on a shared machine mean little; ratios measured side by side do).
 */
import { fork } from 'node:child_process';
import { signInternalToken } from '@edhr/kit';
import { DASHBOARD_QUERY } from './dashboard-query';
import { measure, type Measurement } from './measure';

interface Started {
  gatewayUrl: string;
  subgraphs: Record<string, string>;
  internalTokenSecret: string;
}

const seconds = Number(process.env.BENCH_SECONDS || 10);
const child = fork(new URL('./federation-process.ts', import.meta.url), {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  env: { ...process.env, LOG_LEVEL: 'warn' },
});
try {
  const started = await new Promise<Started>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Started));
    child.once('exit', (code) => reject(new Error(`federation process exited with ${code}`)));
  });
  const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { id: 'wmp-edhr-strategy' } });
  const check = await fetch(started.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const answer = (await check.json()) as { data?: { strategy?: { themes: unknown[] } }; errors?: unknown };
  if (answer.errors || !answer.data?.strategy) throw new Error(`dashboard query failed: ${JSON.stringify(answer.errors)}`);
  console.error(`dashboard query returns ${JSON.stringify(answer).length} bytes; ${seconds} s per target, 8 connections`);

  const staff = { subject: 'bench', roles: ['staff' as const] };
  // A token lives 60 s; one per target keeps it valid for the whole measurement.
  const direct = async () => ({ 'x-edhr-internal-token': await signInternalToken(staff, started.internalTokenSecret) });
  const results: Measurement[] = [];
  results.push(await measure('through the gateway', started.gatewayUrl, body, {}, { seconds }));
  results.push(await measure('straight to organisational-processes', started.subgraphs['organisational-processes']!, body, await direct(), { seconds }));

  const [gateway, subgraph] = results as [Measurement, Measurement];
  console.table(results.map((r) => ({ target: r.label, 'req/s': r.requestsPerSecond.toFixed(0), 'p50 ms': r.p50Ms, 'p99 ms': r.p99Ms, errors: r.errors + r.non2xx })));
  console.log(
    `gateway / direct: throughput ${(gateway.requestsPerSecond / subgraph.requestsPerSecond).toFixed(2)}×, ` +
      `p50 latency ${(gateway.p50Ms / Math.max(subgraph.p50Ms, 0.001)).toFixed(2)}×, p99 latency ${(gateway.p99Ms / Math.max(subgraph.p99Ms, 0.001)).toFixed(2)}×`,
  );
} finally {
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
}
