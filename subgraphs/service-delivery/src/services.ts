import type { ServicesContext } from '@edhr/kit';
import { stopSearchPublishingFrom, type PublishingSettings } from './publishing/publishing-settings';

/** What service-delivery's resolvers and its import command use besides the database. */
export interface ServiceDeliveryServices {
  publishing: PublishingSettings;
}

/** Built once at start (and by `npm run import`) from the environment, the peers and the secret. */
export function createServiceDeliveryServices(context: ServicesContext): ServiceDeliveryServices {
  return { publishing: stopSearchPublishingFrom(context) };
}
