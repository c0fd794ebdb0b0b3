import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationServiceDeliveryResolver, organisationReference } from './organisations/organisation.resolver';

export function buildServiceDeliverySchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationServiceDeliveryResolver],
    // Only extended here, so not reachable from a root field: list it explicitly.
    orphanedTypes: [OrganisationType],
    referenceResolvers: { Organisation: organisationReference },
  });
}
