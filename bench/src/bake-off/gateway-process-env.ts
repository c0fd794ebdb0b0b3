/**
 * What each of the bake-off's gateway processes reads from its environment: where to listen and
 * which subgraph answers at which URL. The supergraph is the checked-in one.
 */
import { readFileSync } from 'node:fs';
import { REPOSITORY_ROOT } from '../service-process';

/** The header the subgraphs accept an identity in; the bake-off's client sends it to every gateway, which forwards it. */
export const FORWARDED_HEADER = 'x-edhr-internal-token';

export interface BakeOffGatewayEnv {
  port: number;
  /** Subgraph name → its /graphql URL (the names `schema/supergraph.graphql` gives them). */
  subgraphUrls: Record<string, string>;
  supergraphSdl: string;
}

export function bakeOffGatewayEnv(env: Record<string, string | undefined> = process.env): BakeOffGatewayEnv {
  const port = Number(env.BENCH_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`BENCH_PORT=${JSON.stringify(env.BENCH_PORT)} is not a port`);
  const subgraphUrls = JSON.parse(env.BENCH_SUBGRAPH_URLS ?? 'null') as Record<string, string> | null;
  if (!subgraphUrls) throw new Error('BENCH_SUBGRAPH_URLS is missing: a JSON object of subgraph name → URL');
  return { port, subgraphUrls, supergraphSdl: readFileSync(`${REPOSITORY_ROOT}schema/supergraph.graphql`, 'utf8') };
}
