import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationPartnersResolver, organisationReference } from './organisations/organisation.resolver';
import { PartnerAgencyResolver } from './partner-agencies/partner-agency.resolver';
import { AgreementResolver } from './agreements/agreement.resolver';
import { PopulationResolver } from './denominators/population.resolver';
import { StatisticResolver } from './statistics-store/statistic.resolver';
import { DisparityResolver } from './disparity/disparity.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { PartnerApiKeyResolver } from './api-keys/api-key.resolver';
import { FindingResolver } from './findings/finding.resolver';
import { FindingExplanationType } from './findings/finding-explanation.type';
import { DeliveryActionType } from './delivery-actions/delivery-action.type';
import { BoardPackReference, EqiaReference, EqualityInformationReference } from './federation/equality-information.type';
import { EqualityInformationDisparityResolver, equalityInformationReference } from './federation/equality-information.resolver';
import { BoardPackFindingsResolver, EqiaFindingsResolver, boardPackReference, eqiaReference } from './federation/board-pack-findings.resolver';

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
      FindingResolver,
      PartnerApiKeyResolver,
      EqualityInformationDisparityResolver,
      BoardPackFindingsResolver,
      EqiaFindingsResolver,
    ],
    // Reached only through field resolvers or only extended here: list them explicitly.
    orphanedTypes: [OrganisationType, DeliveryActionType, FindingExplanationType, EqualityInformationReference, BoardPackReference, EqiaReference],
    referenceResolvers: {
      Organisation: organisationReference,
      EqualityInformation: equalityInformationReference,
      BoardPack: boardPackReference,
      Eqia: eqiaReference,
    },
  });
}
