import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationPartnersResolver, organisationReference } from './organisations/organisation.resolver';

export function buildPartnersSchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationPartnersResolver],
    referenceResolvers: { Organisation: organisationReference },
  });
}
