import { defineEntity, p } from '@mikro-orm/postgresql';

/** Grievance or misconduct cases opened in a period, for one group. */
export const CaseCountEntity = defineEntity({
  name: 'CaseCount',
  tableName: 'case_count',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationKey: p.string().length(80),
    period: p.string().length(10),
    /** `grievance` or `misconduct`. */
    kind: p.string().length(12),
    characteristic: p.string().length(40),
    category: p.string().length(100),
    cases: p.integer(),
    batchId: p.integer(),
  },
  uniques: [{ properties: ['organisationKey', 'period', 'kind', 'characteristic', 'category'] }],
});
