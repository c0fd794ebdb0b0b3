import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

export enum RagStatusValue {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
  STALE = 'STALE',
  NO_TARGET = 'NO_TARGET',
  NO_DATA = 'NO_DATA',
}
registerEnumType(RagStatusValue, {
  name: 'RagStatus',
  description: 'Red, amber or green against target; STALE when the latest value is overdue (see the subgraph README for the rule).',
});

export enum TrendDirectionValue {
  UP = 'UP',
  DOWN = 'DOWN',
  FLAT = 'FLAT',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
}
registerEnumType(TrendDirectionValue, { name: 'TrendDirection', description: 'Which way the values are moving.' });

@ObjectType('KpiTrend', { description: 'The direction of the latest values, from a least-squares fit.' })
export class KpiTrendType {
  @Field(() => TrendDirectionValue)
  direction!: TrendDirectionValue;

  @Field(() => Float, { nullable: true, description: 'Latest value minus the earliest value the trend is fitted to.' })
  change!: number | null;

  @Field(() => Float, { nullable: true, description: 'Latest value minus the one before it.' })
  latestChange!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the latest move (latestChange) is the KPI\'s better direction; null with fewer than two values or a latest move within 5% of the mean.',
  })
  improving!: boolean | null;
}
