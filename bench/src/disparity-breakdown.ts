/**
 * `npm run bench:disparity`: where a partner's disparity question spends the time the gateway adds.
 * The federation in production shape (as `npm run bench`), then:
 * 1. the request the gateway builds for partners, seen through a recording proxy in front of
 *    partners (a third gateway pointed at it), printed beside the one the direct target sends;
 * 2. one request at a time, interleaved request by request, in BENCH_ROUNDS rounds: the question
 *    straight to partners, through the gateway, through the runtime with none of the project's
 *    plugins (as in the bake-off) and through a gateway with its subgraph pass-through off; a tiny
 *    partners field and a tiny organisational-processes field, each straight and through the
 *    gateway (the hop without the question, on two subgraphs); `{ __typename }`, which the
 *    gateway answers alone (its pipeline without a hop);
 * 3. the CPU time the gateway and partners processes spend per request (Linux's /proc), over
 *    blocks of BENCH_CPU_REQUESTS requests of each kind sent one at a time.
 */
import { loadavg } from 'node:os';
import { signInternalToken, type Identity } from '@edhr/kit';
import { freePort } from '@edhr/federation';
import { latencyOneAtATime, type Target } from './measure';
import { processCpuMs } from './process-cpu';
import { startProductionFederation } from './production-federation';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { DISPARITY_QUERY, seedDisparity } from './seed';
import { spawnService, waitUntilReady, type ServiceProcess } from './service-process';

const latencySeconds = Number(process.env.BENCH_LATENCY_SECONDS || 3);
const rounds = Number(process.env.BENCH_ROUNDS || 3);
const cpuRequests = Number(process.env.BENCH_CPU_REQUESTS || 300);
const TINY_PARTNERS_QUERY = '{ dataSharingAgreements { reference } }';
const TINY_STRATEGY_QUERY = '{ strategy(id: "wmp-edhr-strategy") { title } }';

const federation = await startProductionFederation(process.env.DATABASE_URL || undefined);
const started: ServiceProcess[] = [];
let proxy: RecordingProxy | undefined;
try {
  const { partnerKey, partnerToken } = await seedDisparity(federation.gatewayUrl, federation.authSecret);
  const partner: Identity = { subject: 'bench-partner-analyst', roles: ['partner'], partnerId: partnerKey };
  const bearer = { authorization: `Bearer ${partnerToken}` };
  const disparityBody = JSON.stringify({ query: DISPARITY_QUERY });

  // 1. What the gateway sends partners for this question.
  proxy = await startRecordingProxy(federation.subgraphUrls.partners);
  const recordedPort = await freePort();
  const recorded = spawnService('gateway through a recording proxy', 'gateway/src/main.ts', { ...federation.gatewayEnv, GATEWAY_PORT: String(recordedPort), PARTNERS_URL: proxy.url });
  started.push(recorded);
  await waitUntilReady(recorded, `http://127.0.0.1:${recordedPort}/health/ready`);
  const viaProxy = await fetch(`http://127.0.0.1:${recordedPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer }, body: disparityBody });
  if (!viaProxy.ok) throw new Error(`the question through the recording proxy answered ${viaProxy.status}`);
  await viaProxy.arrayBuffer();
  const sent = proxy.last();
  console.log(`straight to partners, body: ${disparityBody}`);
  console.log(`gateway to partners, body: ${sent?.body}`);
  console.log(`gateway to partners, headers: ${JSON.stringify({ ...sent?.headers, 'x-edhr-internal-token': '(a token)' })}`);
  if (!sent) throw new Error('the recording proxy saw no request');
  // The gateway's very request (its body, and its headers but for the hop's and the identity's), to send straight to partners.
  const gatewayBody = sent.body;
  const gatewayHeaders = Object.fromEntries(
    Object.entries(sent.headers).filter((entry): entry is [string, string] => ['accept', 'accept-encoding', 'user-agent'].includes(entry[0]) && typeof entry[1] === 'string'),
  );

  // The runtime alone, and the project's gateway with the other planner.
  const [minimalPort, noPassThroughPort] = [await freePort(), await freePort()];
  const minimal = spawnService('minimal runtime', 'bench/src/bake-off/hive-gateway-process.ts', {
    BENCH_PORT: String(minimalPort),
    BENCH_SUBGRAPH_URLS: JSON.stringify(federation.subgraphUrls),
    NODE_ENV: 'production',
  });
  const noPassThrough = spawnService('gateway, pass-through off', 'gateway/src/main.ts', { ...federation.gatewayEnv, GATEWAY_PORT: String(noPassThroughPort), GATEWAY_SUBGRAPH_PASS_THROUGH: 'false' });
  started.push(minimal, noPassThrough);
  await waitUntilReady(minimal, `http://127.0.0.1:${minimalPort}/health/ready`);
  await waitUntilReady(noPassThrough, `http://127.0.0.1:${noPassThroughPort}/health/ready`);

  // 2. Latency. Internal tokens live 60 s: each round takes a fresh one.
  const { partners, 'organisational-processes': organisationalProcesses } = federation.subgraphUrls;
  const gateway = federation.gatewayUrl;
  const body = (query: string) => JSON.stringify({ query });
  const targetsWith = (token: Record<string, string>): Target[] => [
    { label: 'disparity, straight to partners', url: partners, body: disparityBody, headers: token },
    { label: 'disparity, through the gateway', url: gateway, body: disparityBody, headers: bearer },
    { label: "disparity, the gateway's request sent straight to partners", url: partners, body: gatewayBody, headers: { ...gatewayHeaders, ...token } },
    { label: 'disparity, through the runtime alone (no project plugins)', url: `http://127.0.0.1:${minimalPort}/graphql`, body: disparityBody, headers: token },
    { label: 'disparity, through the gateway with its pass-through off', url: `http://127.0.0.1:${noPassThroughPort}/graphql`, body: disparityBody, headers: bearer },
    { label: 'tiny partners field, straight to partners', url: partners, body: body(TINY_PARTNERS_QUERY), headers: token },
    { label: 'tiny partners field, through the gateway', url: gateway, body: body(TINY_PARTNERS_QUERY), headers: bearer },
    { label: 'tiny strategy field, straight to organisational-processes', url: organisationalProcesses, body: body(TINY_STRATEGY_QUERY), headers: token },
    { label: 'tiny strategy field, through the gateway', url: gateway, body: body(TINY_STRATEGY_QUERY), headers: bearer },
    { label: '{ __typename }, the gateway alone', url: gateway, body: body('{ __typename }'), headers: bearer },
  ];
  const token = async () => ({ 'x-edhr-internal-token': await signInternalToken(partner, federation.internalTokenSecret) });
  // Every target must answer its question, not an error, before it is timed.
  for (const target of targetsWith(await token())) {
    const answer = (await (await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body })).json()) as { data?: unknown; errors?: unknown };
    if (answer.errors || !answer.data) throw new Error(`${target.label} did not answer: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  const labels = targetsWith({}).map((t) => t.label);
  const perRound: number[][] = [];
  for (let round = 0; round < rounds; round++) {
    const load = loadavg()[0]!.toFixed(2);
    const timed = await latencyOneAtATime(targetsWith(await token()), { seconds: latencySeconds * labels.length });
    perRound.push(timed.map((t) => t.p50Ms));
    console.log(`round ${round + 1} of ${rounds}, load average ${load}, ${timed[0]!.requests} requests per target`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const p50 = labels.map((_, i) => median(perRound.map((r) => r[i]!)));
  console.table(labels.map((label, i) => ({ target: label, 'p50 ms (median of rounds)': p50[i]!.toFixed(2), 'each round': perRound.map((r) => r[i]!.toFixed(2)).join(' / ') })));
  const [direct, throughGateway, gatewayRequestDirect, alone, passThroughOff, tinyDirect, tinyGateway, strategyDirect, strategyGateway, typename] = p50 as [number, number, number, number, number, number, number, number, number, number];
  const ratio = (label: string, over: number, under: number) => console.log(`${label.padEnd(58)} ${(over / under).toFixed(3)}×  (+${(over - under).toFixed(2)} ms)`);
  ratio('disparity: gateway ÷ straight to partners (goal ≤ 1.2×)', throughGateway, direct);
  ratio("disparity: the gateway's request straight ÷ the direct one", gatewayRequestDirect, direct);
  ratio('disparity: runtime alone ÷ straight to partners', alone, direct);
  ratio('disparity: gateway, pass-through off ÷ straight to partners', passThroughOff, direct);
  ratio('tiny partners field: gateway ÷ straight', tinyGateway, tinyDirect);
  ratio('tiny strategy field: gateway ÷ straight', strategyGateway, strategyDirect);
  console.log(`${'{ __typename }, the gateway alone'.padEnd(58)} ${typename.toFixed(2)} ms`);

  // 3. CPU per request, each kind in a block of its own.
  // Each kind twice, alternating, so a drift during the blocks shows.
  const kinds = targetsWith(await token()).filter((t) => [0, 1, 2, 9].includes(labels.indexOf(t.label)));
  const blocks = [...kinds, ...kinds];
  const cpuRows = [];
  for (const target of blocks) {
    const before = { gateway: processCpuMs(federation.pids.gateway), partners: processCpuMs(federation.pids.partners) };
    await latencyOneAtATime([target], { seconds: 120, maxRounds: cpuRequests, warmUp: 0 });
    const after = { gateway: processCpuMs(federation.pids.gateway), partners: processCpuMs(federation.pids.partners) };
    const per = (name: 'gateway' | 'partners') =>
      before[name] === null || after[name] === null ? 'unknown (no /proc)' : ((after[name] - before[name]) / cpuRequests).toFixed(2);
    cpuRows.push({ requests: `${cpuRequests} × ${target.label}`, 'gateway CPU ms per request': per('gateway'), 'partners CPU ms per request': per('partners') });
  }
  console.table(cpuRows);
} finally {
  for (const service of started.reverse()) await service.stop();
  await proxy?.close();
  await federation.stop();
}
