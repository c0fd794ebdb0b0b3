import { z } from 'zod';
import { parseEnv } from '@edhr/kit';

/**
 * Which query planner the Hive Gateway runtime plans with: its own JavaScript planner, or Hive
 * Router's Rust planner and executor (`@graphql-hive/router-runtime`, a native addon shipped in
 * the package). Both serve the same supergraph behind the same plugins.
 */
export const QUERY_PLANNERS = ['javascript', 'rust'] as const;
export type QueryPlanner = (typeof QUERY_PLANNERS)[number];

/** The bake-off's choice (README "Benchmarks"). */
export const DEFAULT_QUERY_PLANNER: QueryPlanner = 'rust';

export function loadQueryPlanner(env: Record<string, string | undefined> = process.env): QueryPlanner {
  const parsed = parseEnv(
    {
      GATEWAY_QUERY_PLANNER: z.enum(QUERY_PLANNERS).default(DEFAULT_QUERY_PLANNER).describe(QUERY_PLANNERS.join(' or ')),
    },
    env,
  );
  return parsed.GATEWAY_QUERY_PLANNER;
}
