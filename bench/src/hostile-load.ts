/**
 * `npm run bench:hostile`: a trivial query's latency through the gateway while six hostile
 * requests run in parallel, against the same query's latency with nothing else running, in
 * production shape (each service in its own process). The hostile requests are the ones the
 * gateway refuses before any work: variables nested 10,000 levels deep, a chunked 20 MB body, 1,600
 * `__typename` aliases and bad API keys. Idle and hostile turns alternate so changing background
 * load meets both alike; the ratio of the p50s is printed with its goal (≤ 2×). A control turn runs
 * the same six loops with an ordinary small query, to tell the cost of hostility from the cost of
 * sharing two cores with six busy clients. As real attackers and a real user would be, each loop
 * sends from a loopback address of its own (Linux routes all of 127.0.0.0/8 to loopback): the
 * hostile ones from 127.0.0.2–7, the ordinary ones from 127.0.0.12–17, the trivial query from
 * 127.0.0.1, so the gateway's per-address defences (the abuse penalty) meet them as they would.
 */
import { Agent, request } from 'node:http';
import { latencyOneAtATime, type Target } from './measure';
import { startProductionFederation } from './production-federation';

const ROUNDS = 3;
const SECONDS_PER_TURN = Number(process.env.BENCH_LATENCY_SECONDS ?? 5);
const HOSTILE_WORKERS = 6;
/** The loops' own source addresses: the control's differ, so a penalty earned by a hostile loop never meets them. */
const HOSTILE_ADDRESSES = Array.from({ length: HOSTILE_WORKERS }, (_, i) => `127.0.0.${2 + i}`);
const ORDINARY_ADDRESSES = Array.from({ length: HOSTILE_WORKERS }, (_, i) => `127.0.0.${12 + i}`);
/** Every hostile loop stops after this many requests even if the turn has not ended. */
const MAX_HOSTILE_REQUESTS_PER_WORKER = 10_000;

const deepVariables = `{"query":"query ($v: String) { __typename }","variables":{"v":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}}`;
const manyAliases = JSON.stringify({ query: `{ ${Array.from({ length: 1600 }, (_, i) => `a${i}: __typename`).join(' ')} }` });

/** A loop's connection: one kept-alive socket from its own source address. */
interface Client {
  agent: Agent;
  localAddress: string;
}

/** Sends one body (or a chunked stream of `chunkedBytes`) and resolves once the answer ends or the server closes. */
function send(client: Client, url: string, body: string | { chunkedBytes: number }, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const chunked = typeof body !== 'string';
    const outgoing = request(
      url,
      {
        method: 'POST',
        agent: client.agent,
        localAddress: client.localAddress,
        headers: { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }), ...headers },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode ?? 0));
        response.once('error', () => resolve(0));
      },
    );
    outgoing.once('error', () => resolve(0));
    outgoing.setTimeout(30_000, () => outgoing.destroy());
    if (!chunked) {
      outgoing.end(body);
      return;
    }
    // A JSON string that never ends, 64 KiB at a time, until the limit or the server refuses it.
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    outgoing.write('{"query":"');
    const pump = () => {
      while (sent < body.chunkedBytes && !outgoing.destroyed) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) {
          outgoing.once('drain', pump);
          return;
        }
      }
      if (!outgoing.destroyed) outgoing.end('"}');
    };
    pump();
  });
}

/** The control: the same six loops sending an ordinary small query, so the cost of hostility is told apart from the cost of company. */
const ordinaryKinds = (gatewayUrl: string) => [(client: Client) => send(client, gatewayUrl, JSON.stringify({ query: '{ __typename }' }))];

const hostileKinds = (gatewayUrl: string) => [
  (client: Client) => send(client, gatewayUrl, deepVariables),
  (client: Client) => send(client, gatewayUrl, { chunkedBytes: 20 * 1024 * 1024 }),
  (client: Client) => send(client, gatewayUrl, manyAliases),
  (client: Client) => send(client, gatewayUrl, JSON.stringify({ query: '{ __typename }' }), { 'x-api-key': 'edhr_bad_key.0000000000000000000000000000000000' }),
];

/** Six loops of the given requests until `stop()`, each from its own address and bounded in count. */
function backgroundLoad(kinds: ((client: Client) => Promise<number>)[], addresses: string[]) {
  let running = true;
  const counts = { requests: 0, byStatus: {} as Record<string, number> };
  const workers = addresses.map(async (localAddress, w) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; running && i < MAX_HOSTILE_REQUESTS_PER_WORKER; i++) {
        const status = await kinds[(w + i) % kinds.length]!({ agent, localAddress });
        counts.requests++;
        counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
      }
    } finally {
      agent.destroy();
    }
  });
  return {
    counts,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}

const federation = await startProductionFederation(process.env.DATABASE_URL);
try {
  // Through the gateway without the response cache, so the trivial query reaches a subgraph each time.
  const trivial: Target = {
    label: 'trivial query',
    url: federation.uncachedGatewayUrl,
    body: JSON.stringify({ query: '{ strategy(id: "wmp-edhr-strategy") { title } }' }),
    headers: {},
  };
  const idle: number[] = [];
  const besideOrdinary: number[] = [];
  const underAttack: number[] = [];
  let hostileRequests = 0;
  const statuses: Record<string, number> = {};
  const besideLoad = async (kinds: ((client: Client) => Promise<number>)[], addresses: string[]) => {
    const load = backgroundLoad(kinds, addresses);
    try {
      return { p50Ms: (await latencyOneAtATime([trivial], { seconds: SECONDS_PER_TURN, warmUp: 5 }))[0]!.p50Ms, counts: load.counts };
    } finally {
      await load.stop();
    }
  };
  for (let round = 0; round < ROUNDS; round++) {
    idle.push((await latencyOneAtATime([trivial], { seconds: SECONDS_PER_TURN }))[0]!.p50Ms);
    besideOrdinary.push((await besideLoad(ordinaryKinds(federation.uncachedGatewayUrl), ORDINARY_ADDRESSES)).p50Ms);
    const attack = await besideLoad(hostileKinds(federation.uncachedGatewayUrl), HOSTILE_ADDRESSES);
    underAttack.push(attack.p50Ms);
    hostileRequests += attack.counts.requests;
    for (const [status, n] of Object.entries(attack.counts.byStatus)) statuses[status] = (statuses[status] ?? 0) + n;
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratio = median(underAttack) / median(idle);
  console.log(`database: ${federation.database}; ${ROUNDS} rounds of ${SECONDS_PER_TURN} s idle, then ${SECONDS_PER_TURN} s beside ${HOSTILE_WORKERS} hostile requests at a time`);
  console.table({
    idle: { 'p50 ms per round': idle.map((v) => v.toFixed(2)).join(' / '), 'median p50 ms': median(idle).toFixed(2) },
    'beside six ordinary requests (control)': {
      'p50 ms per round': besideOrdinary.map((v) => v.toFixed(2)).join(' / '),
      'median p50 ms': median(besideOrdinary).toFixed(2),
    },
    'beside hostile requests': { 'p50 ms per round': underAttack.map((v) => v.toFixed(2)).join(' / '), 'median p50 ms': median(underAttack).toFixed(2) },
  });
  console.log(`hostile requests sent: ${hostileRequests}, answered by status: ${JSON.stringify(statuses)}`);
  console.log(`trivial query p50 beside ordinary requests ÷ idle: ${(median(besideOrdinary) / median(idle)).toFixed(2)}×`);
  console.log(`trivial query p50 beside hostile requests ÷ idle: ${ratio.toFixed(2)}× (goal ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`);
  console.log(`trivial query p50 beside hostile requests ÷ beside as many ordinary ones: ${(median(underAttack) / median(besideOrdinary)).toFixed(2)}×`);
} finally {
  await federation.stop();
}
