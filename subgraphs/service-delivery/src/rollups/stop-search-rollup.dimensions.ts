import type { StopSearchRow } from '../stop-search/stop-search-row.mapper';

/**
 * The dimensions kept in rollups, in their canonical order, with the record column and the row
 * field each is read from. MONTH is not among them: the rollup's UK day gives it.
 */
export const ROLLUP_DIMENSIONS = [
  { name: 'ETHNICITY_SELF_DEFINED', column: 'self_defined_broad', field: 'selfDefinedBroad' },
  { name: 'ETHNICITY_OFFICER_DEFINED', column: 'officer_defined_broad', field: 'officerDefinedBroad' },
  { name: 'SEX', column: 'sex', field: 'sex' },
  { name: 'AGE_RANGE', column: 'age_range', field: 'ageRange' },
  { name: 'OBJECT', column: 'object_of_search', field: 'objectOfSearch' },
  { name: 'LEGISLATION', column: 'legislation', field: 'legislation' },
  { name: 'OUTCOME', column: 'outcome', field: 'outcome' },
] as const satisfies ReadonlyArray<{ name: string; column: string; field: keyof StopSearchRow }>;

export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number]['name'];

/** A grouping: the indexes (into ROLLUP_DIMENSIONS) of one dimension or of two, in order. */
export interface RollupGrouping {
  name: string;
  dimensions: readonly [number] | readonly [number, number];
}

/** Every single dimension and every pair of dimensions: 7 + 21 groupings. */
export const ROLLUP_GROUPINGS: readonly RollupGrouping[] = (() => {
  const groupings: RollupGrouping[] = ROLLUP_DIMENSIONS.map((d, i) => ({ name: d.name, dimensions: [i] as const }));
  for (let a = 0; a < ROLLUP_DIMENSIONS.length; a++) {
    for (let b = a + 1; b < ROLLUP_DIMENSIONS.length; b++) {
      groupings.push({ name: `${ROLLUP_DIMENSIONS[a]!.name}+${ROLLUP_DIMENSIONS[b]!.name}`, dimensions: [a, b] as const });
    }
  }
  return groupings;
})();

/**
 * The grouping that answers the given dimensions (MONTH left out), or undefined when there are
 * more than two: such analyses scan the records. With none, any single grouping gives the total.
 */
export function groupingFor(dimensions: readonly RollupDimension[]): RollupGrouping | undefined {
  const indexes = [...new Set(dimensions)].map((name) => ROLLUP_DIMENSIONS.findIndex((d) => d.name === name)).sort((x, y) => x - y);
  if (indexes.length > 2) return undefined;
  if (indexes.length === 0) return ROLLUP_GROUPINGS[0];
  return ROLLUP_GROUPINGS.find((g) => g.dimensions.length === indexes.length && g.dimensions.every((d, i) => d === indexes[i]));
}
