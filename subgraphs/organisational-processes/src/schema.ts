import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationResolver, organisationReference } from './organisations/organisation.resolver';

export function buildOrganisationalProcessesSchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationResolver],
    referenceResolvers: { Organisation: organisationReference },
  });
}
