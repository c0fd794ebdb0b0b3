import { defineEntity, p } from '@mikro-orm/postgresql';

/** Applicants to and appointments from one promotion or recruitment round, for one group. */
export const SelectionOutcomeEntity = defineEntity({
  name: 'SelectionOutcome',
  tableName: 'selection_outcome',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationKey: p.string().length(80),
    roundId: p.string().length(80).index(),
    /** `promotion` or `recruitment`. */
    kind: p.string().length(12),
    rank: p.string().length(100),
    characteristic: p.string().length(40),
    category: p.string().length(100),
    applicants: p.integer(),
    successful: p.integer(),
    /** When the round's outcome fell (YYYY, YYYY-MM or YYYY-MM-DD); null when the file gave none. */
    period: p.string().length(10).nullable(),
    batchId: p.integer(),
  },
  uniques: [{ properties: ['organisationKey', 'roundId', 'rank', 'characteristic', 'category'] }],
});
