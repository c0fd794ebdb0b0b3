/**
 * `npm run bench:gateways`: the gateway bake-off. The same subgraph processes (production shape,
 * as `npm run bench`) and in front of them, each in a process of its own on a free loopback port:
 * - the Hive Gateway runtime with its JavaScript planner, minimal (the baseline);
 * - the same runtime with Hive Router's Rust planner, minimal;
 * - `@apollo/gateway` under `@apollo/server`, minimal;
 * - the project's gateway (authentication, limits, rate limit, logging; response cache off), with
 *   each planner, for what our plugins add.
 * "Minimal" gateways carry no authentication: the client sends the same internal identity token
 * the subgraphs accept, and each forwards it unchanged. Three queries — the dashboard, one touching
 * all four subgraphs, a partner's disparity question — each under load (autocannon, in turns) and
 * one request at a time (interleaved request by request), in BENCH_ROUNDS rounds; every figure is
 * reported as a ratio to the baseline measured in the same round, with the load average.
 */
import { loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { signInternalToken, type Identity } from '@edhr/kit';
import { freePort } from '@edhr/federation';
import { FOUR_SUBGRAPHS_QUERY } from './bake-off/bake-off-queries';
import { FORWARDED_HEADER } from './bake-off/gateway-process-env';
import { formatRatio, spreadOf } from './bake-off/ratios';
import { DASHBOARD_QUERY } from './dashboard-query';
import { latencyOneAtATime, throughputInTurns, type Target } from './measure';
import { startProductionFederation } from './production-federation';
import { bearerToken, DISPARITY_QUERY, seedDisparity } from './seed';
import { spawnService, waitUntilReady, type ServiceProcess } from './service-process';

const rounds = Number(process.env.BENCH_ROUNDS || 3);
const loadSeconds = Number(process.env.BENCH_SECONDS || 6);
const latencySeconds = Number(process.env.BENCH_LATENCY_SECONDS || 4);

type GatewayKey = 'hiveJs' | 'hiveRust' | 'apollo' | 'projectJs' | 'projectRust' | 'direct';
const LABELS: Record<GatewayKey, string> = {
  hiveJs: 'Hive Gateway runtime, JavaScript planner (minimal)',
  hiveRust: 'Hive Gateway runtime, Rust planner (minimal)',
  apollo: '@apollo/gateway + @apollo/server (minimal)',
  projectJs: 'project gateway, JavaScript planner (full, cache off)',
  projectRust: 'project gateway, Rust planner (full, cache off)',
  direct: 'straight to the one subgraph',
};

const federation = await startProductionFederation(process.env.DATABASE_URL || undefined);
const started: ServiceProcess[] = [];
try {
  const { partnerKey, partnerToken } = await seedDisparity(federation.gatewayUrl, federation.authSecret);
  const staffToken = await bearerToken(federation.authSecret, 'bench-staff', ['staff']);
  const staff: Identity = { subject: 'bench-staff', roles: ['staff'] };
  const partner: Identity = { subject: 'bench-partner-analyst', roles: ['partner'], partnerId: partnerKey };

  const subgraphUrls = JSON.stringify(federation.subgraphUrls);
  const ports = { hiveJs: await freePort(), hiveRust: await freePort(), apollo: await freePort(), projectJs: await freePort() };
  const spawned = [
    { service: spawnService('bake-off hive js', 'bench/src/bake-off/hive-gateway-process.ts', { BENCH_PORT: String(ports.hiveJs), BENCH_SUBGRAPH_URLS: subgraphUrls, NODE_ENV: 'production' }), ready: `http://127.0.0.1:${ports.hiveJs}/health/ready` },
    { service: spawnService('bake-off hive rust', 'bench/src/bake-off/hive-gateway-process.ts', { BENCH_PORT: String(ports.hiveRust), BENCH_SUBGRAPH_URLS: subgraphUrls, BENCH_QUERY_PLANNER: 'rust', NODE_ENV: 'production' }), ready: `http://127.0.0.1:${ports.hiveRust}/health/ready` },
    { service: spawnService('bake-off apollo', 'bench/src/bake-off/apollo-gateway-process.ts', { BENCH_PORT: String(ports.apollo), BENCH_SUBGRAPH_URLS: subgraphUrls, NODE_ENV: 'production' }), ready: `http://127.0.0.1:${ports.apollo}/`, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } },
    { service: spawnService('gateway javascript planner', 'gateway/src/main.ts', { ...federation.gatewayEnv, GATEWAY_PORT: String(ports.projectJs), GATEWAY_RESPONSE_CACHE: 'false', GATEWAY_QUERY_PLANNER: 'javascript' }), ready: `http://127.0.0.1:${ports.projectJs}/health/ready` },
  ];
  started.push(...spawned.map((s) => s.service));
  for (const { service, ready, init } of spawned) await waitUntilReady(service, ready, 180, init);

  const urls: Record<Exclude<GatewayKey, 'direct'>, string> = {
    hiveJs: `http://127.0.0.1:${ports.hiveJs}/graphql`,
    hiveRust: `http://127.0.0.1:${ports.hiveRust}/graphql`,
    apollo: `http://127.0.0.1:${ports.apollo}/`,
    // The federation's own gateway plans with the default, Rust planner.
    projectJs: `http://127.0.0.1:${ports.projectJs}/graphql`,
    projectRust: federation.uncachedGatewayUrl,
  };
  const partnerBearer = { authorization: `Bearer ${partnerToken}` };
  const staffBearer = { authorization: `Bearer ${staffToken}` };
  const queries = [
    { name: 'dashboard', body: JSON.stringify({ query: DASHBOARD_QUERY, variables: { id: 'wmp-edhr-strategy' } }), identity: staff, bearer: staffBearer, direct: federation.subgraphUrls['organisational-processes'] },
    { name: 'four subgraphs', body: JSON.stringify({ query: FOUR_SUBGRAPHS_QUERY }), identity: staff, bearer: staffBearer, direct: undefined },
    { name: 'disparity (partner)', body: JSON.stringify({ query: DISPARITY_QUERY }), identity: partner, bearer: partnerBearer, direct: federation.subgraphUrls.partners },
  ];

  // Internal tokens live 60 s: every turn and every latency run takes a fresh one.
  const targetsOf = (query: (typeof queries)[number]) => {
    const keys = [...(Object.keys(urls) as Exclude<GatewayKey, 'direct'>[]), ...(query.direct ? (['direct'] as const) : [])];
    const make = async (key: GatewayKey): Promise<Target> => {
      const url = key === 'direct' ? query.direct! : urls[key];
      const headers = key === 'projectJs' || key === 'projectRust' ? query.bearer : { [FORWARDED_HEADER]: await signInternalToken(query.identity, federation.internalTokenSecret) };
      return { label: LABELS[key], url, body: query.body, headers };
    };
    return { keys, make };
  };

  // Every gateway must give the same answer before any is timed.
  for (const query of queries) {
    const { keys, make } = targetsOf(query);
    const answers = await Promise.all(keys.map(async (key) => {
      const target = await make(key);
      const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body });
      const answer = (await response.json()) as { data?: unknown; errors?: unknown };
      if (!response.ok || answer.errors || !answer.data) throw new Error(`${query.name} through ${target.label} failed: ${JSON.stringify(answer).slice(0, 400)}`);
      return answer.data;
    }));
    const differing = keys.filter((_, i) => !isDeepStrictEqual(answers[i], answers[0]));
    if (differing.length > 0) throw new Error(`${query.name}: ${differing.map((k) => LABELS[k]).join(', ')} answered differently from ${LABELS[keys[0]!]}`);
  }
  console.error(`database: ${federation.database}; ${rounds} rounds; per query and target ${loadSeconds} s under load (8 connections, in turns), ${latencySeconds} s one at a time (interleaved)`);

  type Figures = { rps: number; p50: number; p99: number; failures: number };
  const results: { round: number; load: string; query: string; figures: Partial<Record<GatewayKey, Figures>> }[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const query of queries) {
      const { keys, make } = targetsOf(query);
      const before = loadavg()[0]!.toFixed(1);
      const loads = await throughputInTurns(keys.map((key) => () => make(key)), { seconds: loadSeconds, rounds: Math.max(1, Math.round(loadSeconds / 2)) });
      const latencies = await latencyOneAtATime(await Promise.all(keys.map(make)), { seconds: latencySeconds * keys.length });
      const figures = Object.fromEntries(keys.map((key, i) => [key, { rps: loads[i]!.requestsPerSecond, p50: latencies[i]!.p50Ms, p99: latencies[i]!.p99Ms, failures: loads[i]!.failures }]));
      results.push({ round, load: `${before}–${loadavg()[0]!.toFixed(1)}`, query: query.name, figures });
      console.error(`round ${round}, ${query.name}: done (load average ${results.at(-1)!.load})`);
    }
  }

  for (const query of queries) {
    const mine = results.filter((r) => r.query === query.name);
    const keys = Object.keys(mine[0]!.figures) as GatewayKey[];
    const ratio = (key: GatewayKey, pick: (f: Figures) => number) => spreadOf(mine.map((r) => pick(r.figures[key]!) / pick(r.figures.hiveJs!)));
    const median = (key: GatewayKey, pick: (f: Figures) => number) => spreadOf(mine.map((r) => pick(r.figures[key]!))).median;
    console.log(`\n${query.name} — medians of ${rounds} rounds; ratios ÷ the Hive Gateway runtime with its JavaScript planner (minimal), median (range); load average ${mine.map((r) => r.load).join(', ')}`);
    console.table(keys.map((key) => ({
      gateway: LABELS[key],
      'p50 ms': median(key, (f) => f.p50).toFixed(2),
      'p99 ms': median(key, (f) => f.p99).toFixed(2),
      'req/s (8 conn.)': Math.round(median(key, (f) => f.rps)),
      'p50 ÷ baseline': formatRatio(ratio(key, (f) => f.p50)),
      'req/s ÷ baseline': formatRatio(ratio(key, (f) => f.rps)),
      failures: mine.reduce((sum, r) => sum + r.figures[key]!.failures, 0),
    })));
    if (query.direct) {
      const gatewayOverDirect = (key: GatewayKey) => formatRatio(spreadOf(mine.map((r) => r.figures[key]!.p50 / r.figures.direct!.p50)));
      console.log(`p50 ÷ straight to the subgraph: project gateway JS ${gatewayOverDirect('projectJs')}, Rust ${gatewayOverDirect('projectRust')}; minimal Hive JS ${gatewayOverDirect('hiveJs')}, Rust ${gatewayOverDirect('hiveRust')}, Apollo ${gatewayOverDirect('apollo')}`);
    }
  }
  const failed = results.reduce((sum, r) => sum + Object.values(r.figures).reduce((s, f) => s + f.failures, 0), 0);
  if (failed > 0) {
    console.error(`${failed} request(s) failed or were not answered 2xx: the figures above are not a fair measurement`);
    process.exitCode = 1;
  }
} finally {
  for (const service of started.reverse()) await service.stop();
  await federation.stop();
}
