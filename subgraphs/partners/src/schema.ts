import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationPartnersResolver, organisationReference } from './organisations/organisation.resolver';

export function buildPartnersSchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationPartnersResolver],
    // Only extended here, so not reachable from a root field: list it explicitly.
    orphanedTypes: [OrganisationType],
    referenceResolvers: { Organisation: organisationReference },
  });
}
