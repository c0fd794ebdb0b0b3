import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { badUserInput, requireRole, type SubgraphContext } from '@edhr/kit';
import { encounterDataset } from '../encounters/encounter-formats';
import { encounterTable } from '../encounters/encounter-record.format';
import { recordTable } from '../stop-search/stop-search-record.columns';
import { STOP_SEARCH_DATASET } from '../imports/stop-search-import.service';

export const EncounterGroupBy = { ETHNICITY: 'ETHNICITY', SEX: 'SEX', AGE_RANGE: 'AGE_RANGE', MONTH: 'MONTH' } as const;
export type EncounterGroupBy = (typeof EncounterGroupBy)[keyof typeof EncounterGroupBy];
registerEnumType(EncounterGroupBy, {
  name: 'EncounterGroupBy',
  description: 'A dimension to count encounter records by. ETHNICITY is self-defined, as a Census 2021 broad group; MONTH is in UK time.',
});

/** Both record tables name these columns alike. */
const EXPRESSIONS: Readonly<Record<EncounterGroupBy, string>> = {
  ETHNICITY: 'self_defined_broad',
  SEX: 'sex',
  AGE_RANGE: 'age_range',
  MONTH: `to_char(occurred_at at time zone 'Europe/London', 'YYYY-MM')`,
};

@ObjectType('EncounterGroupValue')
export class EncounterGroupValueType {
  @Field(() => EncounterGroupBy)
  dimension!: EncounterGroupBy;

  @Field(() => String, { description: 'The mapped category; NOT_RECORDED or NOT_STATED when not given; UNMAPPED when no rule recognised the value.' })
  value!: string;
}

@ObjectType('EncounterCountRow', { description: 'Records of one dataset for one combination of groups.' })
export class EncounterCountRowType {
  @Field(() => [EncounterGroupValueType])
  groups!: EncounterGroupValueType[];

  @Field(() => Int)
  records!: number;
}

const ANALYST_ROLES = ['staff', 'admin', 'theme-owner'] as const;

@Resolver()
export class EncounterCountsResolver {
  @Query(() => [EncounterCountRowType], {
    description:
      'Records of one dataset ("stop-search" or an encounter format) counted by the given dimensions; every record is in one row, UNMAPPED included. Staff, admin or theme owner.',
  })
  async encounterCounts(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('dataset', () => String) dataset: string,
    @Arg('groupBy', () => [EncounterGroupBy], { nullable: true }) groupBy: EncounterGroupBy[] | null | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<EncounterCountRowType[]> {
    requireRole(context, ...ANALYST_ROLES);
    const schema = context.em.config.get('schema') ?? 'service_delivery';
    const encounter = encounterDataset(dataset);
    if (dataset !== STOP_SEARCH_DATASET && !encounter) {
      throw badUserInput(`Unknown dataset "${dataset}".`);
    }
    const dimensions = [...new Set(groupBy ?? [])];
    const selects = dimensions.map((d, i) => `${EXPRESSIONS[d]} as g${i}, `).join('');
    const order = dimensions.map((_, i) => `g${i}`).join(', ');
    const from = encounter ? `${encounterTable(schema)} where organisation_key = ? and dataset = ?` : `${recordTable(schema)} where organisation_key = ?`;
    const rows: Record<string, unknown>[] = await context.em.execute(
      `select ${selects}count(*)::int as n from ${from} ${dimensions.length > 0 ? `group by ${order} order by ${order}` : ''}`,
      encounter ? [organisation, encounter] : [organisation],
    );
    return rows.map((row) => ({
      groups: dimensions.map((dimension, i) => ({ dimension, value: String(row[`g${i}`]) })),
      records: Number(row.n),
    }));
  }
}
