import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationPartnersResolver, organisationReference } from './organisations/organisation.resolver';
import { PartnerAgencyResolver } from './partner-agencies/partner-agency.resolver';
import { AgreementResolver } from './agreements/agreement.resolver';
import { PopulationResolver } from './denominators/population.resolver';
import { StatisticResolver } from './statistics-store/statistic.resolver';
import { DisparityResolver } from './disparity/disparity.resolver';
import { AuditResolver } from './audit/audit.resolver';

/** The partners subgraph schema. */
export function buildPartnersSchema() {
  return buildFederatedSchema({
    resolvers: [
      OrganisationPartnersResolver,
      PartnerAgencyResolver,
      AgreementResolver,
      PopulationResolver,
      StatisticResolver,
      DisparityResolver,
      AuditResolver,
    ],
    // Only extended here, so not reachable from a root field: list it explicitly.
    orphanedTypes: [OrganisationType],
    referenceResolvers: { Organisation: organisationReference },
  });
}
