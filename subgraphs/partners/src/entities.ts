import { PartnerAgencyEntity } from './partner-agencies/partner-agency.entity';
import { PopulationEntity } from './denominators/population.entity';
import { StatisticEntity } from './statistics-store/statistic.entity';
import { AgreementEntity } from './agreements/agreement.entity';
import { AuditEntryEntity } from './audit/audit-entry.entity';
import { FindingEntity } from './findings/finding.entity';
import { FindingExplanationEntity } from './findings/finding-explanation.entity';
import { PartnerApiKeyEntity } from './api-keys/partner-api-key.entity';

/** Every entity of the partners subgraph. */
export const entities = [
  PartnerAgencyEntity,
  PopulationEntity,
  StatisticEntity,
  AgreementEntity,
  AuditEntryEntity,
  FindingEntity,
  FindingExplanationEntity,
  PartnerApiKeyEntity,
];
