import type { SubgraphMigration } from '@edhr/kit';
import { Migration0001Initial } from './0001-initial';
import { Migration0002WorkforceSkillsSync } from './0002-workforce-skills-sync';
import { Migration0003SelectionRoundPeriod } from './0003-selection-round-period';
import { Migration0005StaffSurveyOwners } from './0005-staff-survey-owners';
import { Migration0016ForeignKeys } from './0016-foreign-keys';

/** Committed migrations, oldest first. `npm run migration:create` appends here. */
export const migrations: SubgraphMigration[] = [
  Migration0001Initial,
  Migration0002WorkforceSkillsSync,
  Migration0003SelectionRoundPeriod,
  Migration0005StaffSurveyOwners,
  Migration0016ForeignKeys,
];
