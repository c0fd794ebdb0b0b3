import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationPeopleCultureResolver, organisationReference } from './organisations/organisation.resolver';

export function buildPeopleCultureSchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationPeopleCultureResolver],
    referenceResolvers: { Organisation: organisationReference },
  });
}
