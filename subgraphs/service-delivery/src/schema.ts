import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationServiceDeliveryResolver, organisationReference } from './organisations/organisation.resolver';

export function buildServiceDeliverySchema() {
  return buildFederatedSchema({
    resolvers: [OrganisationServiceDeliveryResolver],
    referenceResolvers: { Organisation: organisationReference },
  });
}
