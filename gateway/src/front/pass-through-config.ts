import { booleanVar, parseEnv } from '@edhr/kit';

/** Whether operations learned to be one subgraph's answer pass straight to it (`createSubgraphPassThrough`): on unless `GATEWAY_SUBGRAPH_PASS_THROUGH=false`. */
export function loadSubgraphPassThrough(env: Record<string, string | undefined> = process.env): boolean {
  const parsed = parseEnv(
    {
      GATEWAY_SUBGRAPH_PASS_THROUGH: booleanVar(true),
    },
    env,
  );
  return parsed.GATEWAY_SUBGRAPH_PASS_THROUGH;
}
