import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * Headcount on a date by workforce, rank or grade, characteristic and category: a snapshot row
 * (`movement` = `snapshot`) or the joiners or leavers of the period ending on that date.
 */
export const WorkforceHeadcountEntity = defineEntity({
  name: 'WorkforceHeadcount',
  tableName: 'workforce_headcount',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationKey: p.string().length(80),
    /** `snapshot`, `joiner` or `leaver`. */
    movement: p.string().length(10),
    date: p.string().length(10),
    /** `officer`, `staff` or `volunteer`. */
    workforce: p.string().length(10),
    rank: p.string().length(100),
    characteristic: p.string().length(40),
    /** A category code where the value was recognised, otherwise the value as written. */
    category: p.string().length(100),
    headcount: p.integer(),
    batchId: p.integer(),
  },
  uniques: [{ properties: ['organisationKey', 'movement', 'date', 'workforce', 'rank', 'characteristic', 'category'] }],
});
