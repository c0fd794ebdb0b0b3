import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * Stop-and-search counts per UK day, per import batch, for one grouping — a single dimension
 * (`OUTCOME`) or a pair (`ETHNICITY_SELF_DEFINED+OUTCOME`) — and its values. Written in the
 * import's own transaction from the rows it writes (see stop-search-day-cube.ts), deleted with
 * the records of a replaced month, so analyses of up to two dimensions (and MONTH, which the day
 * gives) read these instead of every record. Keyed by batch so that a month's records and their
 * counts are always removed together.
 */
export const StopSearchRollupEntity = defineEntity({
  name: 'StopSearchRollup',
  tableName: 'stop_search_rollup',
  properties: {
    organisationKey: p.string().length(80).primary(),
    grouping: p.string().length(80).primary(),
    /** The calendar day in UK time. */
    day: p.date().primary(),
    batchId: p.uuid().primary(),
    /** The first dimension's value, as stored on the records. */
    valueA: p.string().length(60).primary(),
    /** The second dimension's value; '' for a single-dimension grouping. */
    valueB: p.string().length(60).primary(),
    searches: p.integer(),
    arrests: p.integer(),
    positiveOutcomes: p.integer(),
    linkedFinds: p.integer(),
  },
});
