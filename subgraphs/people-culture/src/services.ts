import { partnersPublishingFrom, type ServicesContext } from '@edhr/kit';
import type { PublishingSettings } from './publishing/publishing-settings';

/** What people-culture's resolvers use besides the database. */
export interface PeopleCultureServices {
  publishing: PublishingSettings;
}

/** Built once at start from the environment (ORGANISATION_AREAS), the peers and the secret. */
export function createPeopleCultureServices(context: ServicesContext): PeopleCultureServices {
  return { publishing: partnersPublishingFrom('people-culture', context) };
}
