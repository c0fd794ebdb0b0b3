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

  @Field(() => Boolean, { nullable: true, description: 'Whether the values move the better way; null when flat or too few values.' })
  improving!: boolean | null;
}
