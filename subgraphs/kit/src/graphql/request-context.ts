import type { MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from '../auth/identity';
import type { Logger } from '../logging/logger';
import type { Clock } from '../time/clock';
import type { SubgraphContext } from './context';

/** What a served subgraph holds for every request: the same for the server and the test opener. */
export interface RequestContextSource<S> {
  orm: MikroORM;
  logger: Logger;
  clock: Clock;
  services: S;
}

/** One request's context: a fresh EntityManager and fresh loaders, for an identity already verified. */
export function createRequestContext<S>(source: RequestContextSource<S>, identity: Identity, requestId: string): SubgraphContext<S> {
  return {
    em: source.orm.em.fork(),
    identity,
    requestId,
    // The request id reaches every log line through the logger's mixin.
    logger: source.logger,
    clock: source.clock,
    loaders: new Map(),
    services: source.services,
  };
}
