import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import { ROLLUP_DIMENSIONS, ROLLUP_GROUPINGS } from './stop-search-rollup.dimensions';
import { rollupTable, type RollupScope } from './stop-search-rollup.store';

/**
 * The rollups of an import made by the database (imports/stop-search-server-import.ts): the batch's
 * records counted once per UK day and combination of every dimension into a temporary "day cube"
 * (days × combinations, not records), then each grouping summed from the cube. The same counts
 * as StopSearchRollupTally's: searches, arrests, positive outcomes and linked finds.
 */
export const DAY_CUBE_TABLE = 'pg_temp.import_day_cube';

const dimensionColumns = ROLLUP_DIMENSIONS.map((d) => `"${d.column}"`);

export const CREATE_DAY_CUBE =
  `create temp table import_day_cube (day date not null, ${dimensionColumns.map((c) => `${c} text not null`).join(', ')}, ` +
  'searches int not null, arrests int not null, positive_outcomes int not null, linked_finds int not null) on commit drop';

/**
 * The SELECT that fills the cube from rows holding `occurred_at`, the dimension columns, `outcome`
 * and `outcome_linked` (e.g. an INSERT's RETURNING, named `source`).
 */
export const dayCubeSelect = (source: string) =>
  `select (occurred_at at time zone 'Europe/London')::date, ${dimensionColumns.join(', ')}, count(*),
          count(*) filter (where outcome = 'ARREST'),
          count(*) filter (where outcome <> all(array[${NON_POSITIVE_OUTCOMES.map((o) => `'${o}'`).join(', ')}])),
          count(*) filter (where outcome_linked)
     from ${source} group by 1, ${dimensionColumns.map((_, i) => i + 2).join(', ')}`;

/** Writes the batch's rollup rows from the day cube: one SELECT per grouping, one statement. */
export async function writeRollupFromCube(scope: RollupScope): Promise<void> {
  const selects = ROLLUP_GROUPINGS.map((grouping) => {
    const [a, b] = grouping.dimensions.map((d) => dimensionColumns[d]!);
    return (
      `select '${grouping.name}', day, ${a}, ${b ?? `''`}, sum(searches), sum(arrests), sum(positive_outcomes), sum(linked_finds) ` +
      `from ${DAY_CUBE_TABLE} group by day, ${a}${b ? `, ${b}` : ''}`
    );
  });
  await scope.client.query(
    `insert into ${rollupTable(scope.schema)} (organisation_key, batch_id, grouping, day, value_a, value_b, searches, arrests, positive_outcomes, linked_finds)
     select $1, $2::uuid, r.* from (${selects.join('\nunion all\n')}) as r`,
    [scope.organisationKey, scope.batchId],
  );
}

/** The cube's records per UK-time month, `YYYY-MM`. */
export async function monthsOfCube(scope: RollupScope): Promise<Map<string, number>> {
  const { rows } = await scope.client.query<{ month: string; n: string }>(
    `select to_char(day, 'YYYY-MM') as month, sum(searches) as n from ${DAY_CUBE_TABLE} group by 1 order by 1`,
  );
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}
