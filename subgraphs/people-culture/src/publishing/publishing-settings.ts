import type { PartnersPublishing, SubgraphContext } from '@edhr/kit';

/** What publishing needs besides the data: the kit's partners publishing (areas, partners, publisher). */
export type PublishingSettings = PartnersPublishing;

/** The context of a resolver that publishes: the request's, with the publishing settings among its services. */
export type PublishingContext = SubgraphContext<{ publishing: PublishingSettings }>;
