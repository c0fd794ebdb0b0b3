import type { Clock, Logger } from '@edhr/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { serviceHeaders, type ServiceCallSettings } from '../service-calls/service-identity';
import { OutboxDeliverer } from './outbox-deliverer';
import { PEOPLE_CULTURE_TARGET } from '../../model/outbox/plugin-outbox.writer';

/** Give the servers time to start listening before the first pass. */
const FIRST_PASS_DELAY_MS = 2_000;

/** Starts delivering outbox rows to people-culture in the background. */
export function startOutboxDelivery(orm: MikroORM, logger: Logger, settings: ServiceCallSettings, clock: Clock): OutboxDeliverer {
  const deliverer = new OutboxDeliverer({
    orm,
    fetch: (url, init) => fetch(url, init),
    targets: { [PEOPLE_CULTURE_TARGET]: settings.peers['people-culture'] },
    headers: () => serviceHeaders(settings.internalTokenSecret, clock),
    clock,
    logger: logger.child({ component: 'outbox' }),
  });
  deliverer.start(FIRST_PASS_DELAY_MS);
  return deliverer;
}
