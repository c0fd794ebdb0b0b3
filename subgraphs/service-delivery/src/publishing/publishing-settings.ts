import { z } from 'zod';
import { parseEnv, partnersPublishingFrom, type PartnersPublishing, type ServicesContext, type SubgraphContext } from '@edhr/kit';
import type { PublishGranularity } from './months';

const shape = {
  STOP_SEARCH_PUBLISH_PERIODS: z
    .enum(['MONTH', 'QUARTER', 'MONTH,QUARTER'])
    .default('MONTH')
    .transform((value) => value.split(',') as PublishGranularity[])
    .describe('MONTH, QUARTER or MONTH,QUARTER: the period sizes published to partners'),
};

/** What publishing needs besides the records: the kit's partners publishing and the period sizes. */
export interface PublishingSettings extends PartnersPublishing {
  granularities: readonly PublishGranularity[];
}

/** ORGANISATION_AREAS (through the kit) and STOP_SEARCH_PUBLISH_PERIODS; a bad value fails naming the variable. */
export function stopSearchPublishingFrom(context: ServicesContext): PublishingSettings {
  return {
    ...partnersPublishingFrom('service-delivery', context),
    granularities: parseEnv(shape, context.env).STOP_SEARCH_PUBLISH_PERIODS,
  };
}

/** The context of a resolver that publishes: the request's, with the publishing settings among its services. */
export type PublishingContext = SubgraphContext<{ publishing: PublishingSettings }>;
