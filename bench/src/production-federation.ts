import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@edhr/federation';
import { spawnService, waitUntilReady, type ServiceProcess } from './service-process';

/** Each subgraph as production runs it: its own entry file, port variable and URL variable. */
const SUBGRAPHS = [
  { name: 'organisational-processes', portVariable: 'ORGANISATIONAL_PROCESSES_PORT', urlVariable: 'ORGANISATIONAL_PROCESSES_URL' },
  { name: 'service-delivery', portVariable: 'SERVICE_DELIVERY_PORT', urlVariable: 'SERVICE_DELIVERY_URL' },
  { name: 'people-culture', portVariable: 'PEOPLE_CULTURE_PORT', urlVariable: 'PEOPLE_CULTURE_URL' },
  { name: 'partners', portVariable: 'PARTNERS_PORT', urlVariable: 'PARTNERS_URL' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export interface ProductionFederation {
  /** The gateway as configured by default: response cache on. */
  gatewayUrl: string;
  /** A second gateway over the same subgraphs with GATEWAY_RESPONSE_CACHE=false. */
  uncachedGatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalTokenSecret: string;
  authSecret: string;
  /** The environment the gateways were started with, for starting more beside them. */
  gatewayEnv: Record<string, string>;
  database: 'PostgreSQL (DATABASE_URL)' | 'embedded PGlite in its own process';
  /** The process id of each subgraph and of the gateway with its cache on, for reading their CPU time. */
  pids: Record<SubgraphName | 'gateway', number>;
  stop(): Promise<void>;
}

const urlOf = (port: number) => `http://127.0.0.1:${port}/graphql`;
const readinessOf = (port: number) => `http://127.0.0.1:${port}/health/ready`;

/**
 * The federation in production shape: the database (PostgreSQL from DATABASE_URL, or the
 * embedded one in a process of its own), each subgraph and each gateway a process of its own,
 * in production mode, on free loopback ports. Stopped by pid, gateways first.
 */
export async function startProductionFederation(databaseUrl: string | undefined): Promise<ProductionFederation> {
  const started: ServiceProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'edhr-bench-'));
  const stop = async () => {
    for (const service of [...started].reverse()) await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const internalTokenSecret = randomBytes(32).toString('hex');
    const authSecret = randomBytes(32).toString('hex');
    const embedded = !databaseUrl;
    if (!databaseUrl) {
      const [port, healthPort] = [await freePort(), await freePort()];
      const database = spawnService('embedded database', 'bench/src/embedded-database-process.ts', {
        BENCH_DATABASE_PORT: String(port),
        BENCH_HEALTH_PORT: String(healthPort),
      });
      started.push(database);
      await waitUntilReady(database, `http://127.0.0.1:${healthPort}/`);
      databaseUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
    }
    const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const))) as Record<SubgraphName, number>;
    const [gatewayPort, uncachedGatewayPort] = [await freePort(), await freePort()];
    const common: Record<string, string> = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      INTERNAL_TOKEN_SECRET: internalTokenSecret,
      DISCLOSURE_KEY: randomBytes(32).toString('hex'),
      EDHR_DATA_DIR: dataDir,
      GATEWAY_URL: urlOf(gatewayPort),
      ...Object.fromEntries(SUBGRAPHS.flatMap((s) => [[s.portVariable, String(ports[s.name])], [s.urlVariable, urlOf(ports[s.name])]])),
    };
    const pids = {} as Record<SubgraphName | 'gateway', number>;
    // One after another: each migrates its own schema at start.
    for (const subgraph of SUBGRAPHS) {
      const service = spawnService(subgraph.name, `subgraphs/${subgraph.name}/src/main.ts`, common);
      started.push(service);
      pids[subgraph.name] = service.pid;
      await waitUntilReady(service, readinessOf(ports[subgraph.name]));
    }
    const gatewayEnv = {
      ...common,
      AUTH_JWT_SECRET: authSecret,
      // The load comes from one caller: the per-identity limit would otherwise be what is measured.
      GATEWAY_RATE_LIMIT_PER_MINUTE: '100000000',
    };
    const gateways = [
      spawnService('gateway', 'gateway/src/main.ts', { ...gatewayEnv, GATEWAY_PORT: String(gatewayPort) }),
      spawnService('gateway without cache', 'gateway/src/main.ts', {
        ...gatewayEnv,
        GATEWAY_PORT: String(uncachedGatewayPort),
        GATEWAY_RESPONSE_CACHE: 'false',
      }),
    ];
    started.push(...gateways);
    pids.gateway = gateways[0]!.pid;
    await waitUntilReady(gateways[0]!, readinessOf(gatewayPort));
    await waitUntilReady(gateways[1]!, readinessOf(uncachedGatewayPort));
    return {
      gatewayUrl: urlOf(gatewayPort),
      uncachedGatewayUrl: urlOf(uncachedGatewayPort),
      subgraphUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, urlOf(ports[s.name])])) as Record<SubgraphName, string>,
      internalTokenSecret,
      authSecret,
      gatewayEnv,
      database: embedded ? 'embedded PGlite in its own process' : 'PostgreSQL (DATABASE_URL)',
      pids,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
