import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  createLogger,
  startEmbeddedPostgres,
  startSubgraph,
  systemClock,
  type Clock,
  type EmbeddedPostgres,
  type PeerUrls,
  type RequestLimits,
  type RunningSubgraph,
} from '@edhr/kit';
import {
  createAuthenticator,
  DEFAULT_LIMITS,
  DEFAULT_RESPONSE_CACHE,
  loadQueryPlanner,
  loadSubgraphPassThrough,
  SUPERGRAPH_PATH,
  startGatewayServer,
  type AuthConfig,
  type LimitsConfig,
  type QueryPlanner,
  type ResponseCacheConfig,
  type RunningGateway,
  type TrustedDocuments,
} from '@edhr/gateway';
import { freePort } from './free-port';
import { subgraphModules } from './subgraph-modules';

export interface LocalFederationOptions {
  /** A PostgreSQL server; without it an embedded database is started. */
  databaseUrl?: string;
  /** Folder for the embedded database; omit for an in-memory one. */
  dataDir?: string;
  /** Port the embedded database serves on (0 = any free port), so commands can share it. */
  embeddedDatabasePort?: number;
  host?: string;
  /** 0 picks a free port. */
  gatewayPort?: number;
  /**
   * Port of each subgraph by name (0 = any free port; a subgraph not named keeps its default
   * port), or `free` to let the system choose every one.
   */
  subgraphPorts?: 'free' | Readonly<Record<string, number>>;
  production?: boolean;
  /** How the gateway verifies bearer tokens. */
  auth: AuthConfig;
  /** Secret for identity and service tokens; a fresh random one when omitted. */
  internalTokenSecret?: string;
  /** Request limits; defaults as documented. */
  limits?: Partial<LimitsConfig>;
  /** The gateway's cache of query answers; `DEFAULT_RESPONSE_CACHE` (on, 30 s) unless given. */
  responseCache?: Partial<ResponseCacheConfig>;
  /** Each subgraph's body and JSON-depth bounds; `DEFAULT_SUBGRAPH_LIMITS` unless given. */
  subgraphLimits?: RequestLimits;
  /** Called for every SQL statement any subgraph sends. */
  onQuery?: (subgraph: string, sql: string) => void;
  /**
   * Where "now" comes from for the gateway and every subgraph (the system clock unless given);
   * tests whose answers depend on the date pass a fixed one. Bearer tokens are checked by it too.
   */
  clock?: Clock;
  /** Operations clients may send by hash; with `only`, the only ones the gateway runs. */
  trustedDocuments?: TrustedDocuments;
  /** The gateway's query planner; from GATEWAY_QUERY_PLANNER (so any test can run on either) unless given. */
  queryPlanner?: QueryPlanner;
  /** Whether the gateway's subgraph pass-through is on; from GATEWAY_SUBGRAPH_PASS_THROUGH (on unless false) unless given. */
  subgraphPassThrough?: boolean;
}

export interface LocalFederation {
  gatewayUrl: string;
  databaseUrl: string;
  subgraphs: RunningSubgraph[];
  internalTokenSecret: string;
  clock: Clock;
  /** Stops the gateway first (no new work), then the subgraphs, then the database. */
  stop(): Promise<void>;
}

/**
 * Runs the whole federation in one process — embedded database when needed, the four
 * subgraphs, the gateway — for `npm start` and the end-to-end tests. In production each
 * subgraph and the gateway run as their own processes instead.
 */
export async function startLocalFederation(options: LocalFederationOptions): Promise<LocalFederation> {
  const logger = createLogger('federation');
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? systemClock;
  // Without one given, a fresh secret per run: only this process's gateway can call these subgraphs.
  const internalTokenSecret = options.internalTokenSecret ?? randomBytes(32).toString('hex');
  let embedded: EmbeddedPostgres | undefined;
  const subgraphs: RunningSubgraph[] = [];
  let gateway: RunningGateway | undefined;
  const stop = async () => {
    await gateway?.stop();
    await Promise.all(subgraphs.map((s) => s.stop()));
    await embedded?.stop();
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, host, port: options.embeddedDatabasePort ?? 0 });
      databaseUrl = embedded.url;
      logger.info({ dataDir: options.dataDir ?? '(in memory)' }, 'embedded database started');
    }
    // Every port is chosen first, so each subgraph knows where its peers and the gateway will be.
    const ports = new Map<string, number>();
    for (const module of subgraphModules) {
      const wanted = options.subgraphPorts === 'free' ? 0 : (options.subgraphPorts?.[module.name] ?? module.defaultPort);
      ports.set(module.name, wanted === 0 ? await freePort(host) : wanted);
    }
    const gatewayPort = options.gatewayPort === 0 ? await freePort(host) : (options.gatewayPort ?? 4000);
    const urlOf = (port: number) => `http://${host}:${port}/graphql`;
    const peers = {
      gateway: urlOf(gatewayPort),
      ...Object.fromEntries(subgraphModules.map((m) => [m.name, urlOf(ports.get(m.name)!)])),
    } as PeerUrls;
    for (const module of subgraphModules) {
      subgraphs.push(
        await startSubgraph(module, {
          databaseUrl,
          internalTokenSecret,
          host,
          port: ports.get(module.name)!,
          peers,
          production: options.production,
          logger: createLogger(module.name),
          clock,
          limits: options.subgraphLimits,
          onQuery: options.onQuery ? (sql) => options.onQuery?.(module.name, sql) : undefined,
        }),
      );
    }
    gateway = await startGatewayServer({
      supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
      subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
      internalTokenSecret,
      authenticate: createAuthenticator(options.auth, clock),
      partnersUrl: peers.partners,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      responseCache: { ...DEFAULT_RESPONSE_CACHE, ...options.responseCache },
      production: options.production ?? false,
      host,
      port: gatewayPort,
      logger: createLogger('gateway'),
      clock,
      trustedDocuments: options.trustedDocuments,
      queryPlanner: options.queryPlanner ?? loadQueryPlanner(),
      subgraphPassThrough: options.subgraphPassThrough ?? loadSubgraphPassThrough(),
    });
    return { gatewayUrl: gateway.url, databaseUrl, subgraphs, internalTokenSecret, clock, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
