import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationServiceDeliveryResolver, organisationReference } from './organisations/organisation.resolver';
import { ImportEncountersResolver } from './imports/import-encounters.resolver';
import { StopSearchAnalysisResolver } from './analysis/stop-search-analysis.resolver';
import { PublishAggregatesResolver } from './publishing/publish-aggregates.resolver';
import { EncounterCountsResolver } from './analysis/encounter-counts.resolver';

export function buildServiceDeliverySchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationServiceDeliveryResolver, ImportEncountersResolver, StopSearchAnalysisResolver, PublishAggregatesResolver, EncounterCountsResolver],
    // Only extended here, so not reachable from a root field: list it explicitly.
    orphanedTypes: [OrganisationType],
    referenceResolvers: { Organisation: organisationReference },
  });
}
