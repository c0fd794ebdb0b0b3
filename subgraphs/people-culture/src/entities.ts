import { StaffSurveyActionEntity } from './staff-survey/staff-survey-action.entity';
import { ImportBatchEntity } from './workforce/entities/import-batch.entity';
import { WorkforceHeadcountEntity } from './workforce/entities/workforce-headcount.entity';
import { SelectionOutcomeEntity } from './workforce/entities/selection-outcome.entity';
import { CaseCountEntity } from './workforce/entities/case-count.entity';
import { CommunityPopulationEntity } from './workforce/entities/community-population.entity';
import { SkillRecordEntity } from './skills/skill-record.entity';

/** Every table this subgraph owns. */
export const entities = [
  StaffSurveyActionEntity,
  ImportBatchEntity,
  WorkforceHeadcountEntity,
  SelectionOutcomeEntity,
  CaseCountEntity,
  CommunityPopulationEntity,
  SkillRecordEntity,
];
