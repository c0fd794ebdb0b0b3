import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationPeopleCultureResolver, organisationReference } from './organisations/organisation.resolver';

export function buildPeopleCultureSchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationPeopleCultureResolver],
    // Only extended here, so not reachable from a root field: list it explicitly.
    orphanedTypes: [OrganisationType],
    referenceResolvers: { Organisation: organisationReference },
  });
}
