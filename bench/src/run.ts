/**
 * `npm run bench`: the dashboard query and a partner's disparity question in production shape —
 * the database, each subgraph and each gateway in a process of its own — against a bare node:http
 * server returning the same bytes, all loaded by the same client code on loopback and reported
 * as ratios measured side by side (absolute figures on a shared machine mean little).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInternalToken, type Identity } from '@edhr/kit';
import { freePort } from '@edhr/federation';
import { DASHBOARD_QUERY } from './dashboard-query';
import { latencyOneAtATime, throughputInTurns, type Latency, type Target, type Throughput } from './measure';
import { startProductionFederation } from './production-federation';
import { bearerToken, DISPARITY_QUERY, seedDisparity } from './seed';
import { spawnService, waitUntilReady, type ServiceProcess } from './service-process';

const seconds = Number(process.env.BENCH_SECONDS || 10);
const latencySeconds = Number(process.env.BENCH_LATENCY_SECONDS || 5);
const federation = await startProductionFederation(process.env.DATABASE_URL || undefined);
const scratch = mkdtempSync(join(tmpdir(), 'edhr-bench-bytes-'));
let bare: ServiceProcess | undefined;
try {
  const { partnerKey, partnerToken } = await seedDisparity(federation.gatewayUrl, federation.authSecret);
  const staffToken = await bearerToken(federation.authSecret, 'bench-staff', ['staff']);
  const staff: Identity = { subject: 'bench-staff', roles: ['staff'] };
  const partner: Identity = { subject: 'bench-partner-analyst', roles: ['partner'], partnerId: partnerKey };
  // An internal token lives 60 s: each measurement of a subgraph gets a fresh one.
  const direct = async (identity: Identity) => ({ 'x-edhr-internal-token': await signInternalToken(identity, federation.internalTokenSecret) });

  const dashboard = JSON.stringify({ query: DASHBOARD_QUERY, variables: { id: 'wmp-edhr-strategy' } });
  const answer = await fetch(federation.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staffToken}` },
    body: dashboard,
  });
  const bytes = Buffer.from(await answer.arrayBuffer());
  const parsed = JSON.parse(bytes.toString('utf8')) as { data?: { strategy?: unknown }; errors?: unknown };
  if (!answer.ok || parsed.errors || !parsed.data?.strategy) throw new Error(`dashboard query failed: ${bytes.toString('utf8').slice(0, 500)}`);

  // The baseline serves exactly the bytes the gateway answered with.
  writeFileSync(join(scratch, 'dashboard.json'), bytes);
  const barePort = await freePort();
  const bareProcess = spawnService('bare node:http', 'bench/src/bare-server-process.ts', {
    BENCH_PORT: String(barePort),
    BENCH_BODY_FILE: join(scratch, 'dashboard.json'),
  });
  bare = bareProcess;
  await waitUntilReady(bareProcess, `http://127.0.0.1:${barePort}/`);

  const gatewayAs = { authorization: `Bearer ${staffToken}` };
  const targets = {
    bare: { label: 'bare node:http, same bytes', url: `http://127.0.0.1:${barePort}/`, body: dashboard, headers: {} },
    cached: { label: 'gateway, response cache on', url: federation.gatewayUrl, body: dashboard, headers: gatewayAs },
    uncached: { label: 'gateway, response cache off', url: federation.uncachedGatewayUrl, body: dashboard, headers: gatewayAs },
    direct: { label: 'straight to organisational-processes', url: federation.subgraphUrls['organisational-processes'], body: dashboard, headers: {} },
  } satisfies Record<string, Target>;
  const withFreshToken = async (target: Target, identity: Identity): Promise<Target> =>
    target.url === federation.subgraphUrls['organisational-processes'] || target.url === federation.subgraphUrls.partners
      ? { ...target, headers: await direct(identity) }
      : target;

  console.error(
    `dashboard query: ${bytes.length} bytes; database: ${federation.database}; ` +
      `${seconds} s per target with 8 connections (in turns), then ${latencySeconds} s per target one request at a time (interleaved)`,
  );
  const keys = Object.keys(targets) as (keyof typeof targets)[];
  // Tokens for the subgraphs live 60 s: each turn takes a fresh one.
  const measured = await throughputInTurns(keys.map((key) => () => withFreshToken(targets[key], staff)), { seconds });
  const loads = Object.fromEntries(keys.map((key, i) => [key, measured[i]!])) as Record<keyof typeof targets, Throughput>;
  const timed = await latencyOneAtATime(await Promise.all(keys.map((key) => withFreshToken(targets[key], staff))), { seconds: latencySeconds * keys.length });
  const latencies = Object.fromEntries(keys.map((key, i) => [key, timed[i]!])) as Record<keyof typeof targets, Latency>;

  const disparityBody = JSON.stringify({ query: DISPARITY_QUERY });
  const [disparityThroughGateway, disparityDirect] = await latencyOneAtATime(
    [
      { label: 'disparity through the gateway (partner)', url: federation.gatewayUrl, body: disparityBody, headers: { authorization: `Bearer ${partnerToken}` } },
      { label: 'disparity straight to partners (partner)', url: federation.subgraphUrls.partners, body: disparityBody, headers: await direct(partner) },
    ],
    { seconds: latencySeconds * 2 },
  );
  const disparity = { gateway: disparityThroughGateway!, direct: disparityDirect! };

  const ms = (value: number) => value.toFixed(2);
  console.table([
    ...keys.map((key) => ({
      target: targets[key].label,
      'req/s (8 conn.)': Math.round(loads[key].requestsPerSecond),
      'p50 ms (1 at a time)': ms(latencies[key].p50Ms),
      'p99 ms (1 at a time)': ms(latencies[key].p99Ms),
      failures: loads[key].failures,
    })),
    { target: 'disparity through the gateway (partner)', 'req/s (8 conn.)': '', 'p50 ms (1 at a time)': ms(disparity.gateway.p50Ms), 'p99 ms (1 at a time)': ms(disparity.gateway.p99Ms), failures: '' },
    { target: 'disparity straight to partners (partner)', 'req/s (8 conn.)': '', 'p50 ms (1 at a time)': ms(disparity.direct.p50Ms), 'p99 ms (1 at a time)': ms(disparity.direct.p99Ms), failures: '' },
  ]);

  const ratio = (label: string, value: number, goal?: { atLeast?: number; atMost?: number }) => {
    const verdict = !goal
      ? '(no goal)'
      : goal.atLeast !== undefined
        ? `goal ≥ ${goal.atLeast.toFixed(2)}×: ${value >= goal.atLeast ? 'met' : 'NOT met'}`
        : `goal ≤ ${goal.atMost!.toFixed(2)}×: ${value <= goal.atMost! ? 'met' : 'NOT met'}`;
    console.log(`${label.padEnd(62)} ${value.toFixed(3).padStart(8)}×   ${verdict}`);
  };
  const rps = (key: keyof typeof targets) => loads[key].requestsPerSecond;
  const p50 = (key: keyof typeof targets) => latencies[key].p50Ms;
  ratio('dashboard throughput: gateway (cache on) ÷ bare node:http', rps('cached') / rps('bare'), { atLeast: 0.1 });
  ratio('dashboard throughput: gateway (cache off) ÷ bare node:http', rps('uncached') / rps('bare'));
  ratio('dashboard throughput: gateway (cache on) ÷ direct', rps('cached') / rps('direct'));
  ratio('dashboard throughput: gateway (cache off) ÷ direct', rps('uncached') / rps('direct'));
  ratio('dashboard p50, one at a time: gateway (cache on) ÷ direct', p50('cached') / p50('direct'), { atMost: 1.2 });
  ratio('dashboard p50, one at a time: gateway (cache off) ÷ direct', p50('uncached') / p50('direct'), { atMost: 1.2 });
  ratio('disparity p50, one at a time: gateway ÷ direct to partners', disparity.gateway.p50Ms / disparity.direct.p50Ms, { atMost: 1.2 });
  const failed = Object.values(loads).reduce((sum, load) => sum + load.failures, 0);
  if (failed > 0) {
    console.error(`${failed} request(s) failed or were not answered 2xx: the figures above are not a fair measurement`);
    process.exitCode = 1;
  }
} finally {
  await bare?.stop();
  await federation.stop();
  rmSync(scratch, { recursive: true, force: true });
}
