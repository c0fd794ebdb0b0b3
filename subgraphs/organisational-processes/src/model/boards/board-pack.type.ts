import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DeliveryActionType } from '../delivery-actions/delivery-action.type';
import { DeliveryStatusValue } from '../delivery-actions/delivery-status';
import { ProgressUpdateType } from '../delivery-actions/progress-update.type';
import { GovernanceBodyType } from '../governance/governance-body.type';
import { KpiType } from '../kpis/kpi.type';
import { EqiaType } from '../eqias/eqia.type';
import { StrategyRiskType } from '../strategies/strategy-risk.type';
import { BoardMeetingType } from './board-meeting.type';

@ObjectType('StatusChange', { description: 'A progress entry that moved an action from one status to another.' })
export class StatusChangeType {
  @Field(() => DeliveryStatusValue, { nullable: true, description: 'Null where no earlier status was recorded.' })
  from!: DeliveryStatusValue | null;

  @Field(() => DeliveryStatusValue)
  to!: DeliveryStatusValue;

  @Field(() => String, { description: 'YYYY-MM-DD: the entry\'s date.' })
  on!: string;
}

@ObjectType('BoardPackAction', { description: 'A delivery action in a board pack, with what changed since the previous meeting.' })
export class BoardPackActionType {
  @Field(() => DeliveryActionType)
  action!: DeliveryActionType;

  @Field(() => Boolean, { description: 'True when a progress entry is dated after the previous meeting, up to the pack\'s date.' })
  changedSincePreviousMeeting!: boolean;

  @Field(() => [ProgressUpdateType], { description: 'Progress entries dated after the previous meeting, up to the pack\'s date (every one to date when there was none).' })
  progressSince!: ProgressUpdateType[];

  @Field(() => [StatusChangeType])
  statusChanges!: StatusChangeType[];
}

@ObjectType('BoardPackStatusGroup', { description: 'The pack\'s actions with one status as of its date.' })
export class BoardPackStatusGroupType {
  @Field(() => DeliveryStatusValue)
  status!: DeliveryStatusValue;

  @Field(() => [BoardPackActionType])
  actions!: BoardPackActionType[];
}

@ObjectType('BoardPack', { description: 'What a governance body looks at, as of a date: its scope\'s delivery, KPIs, EQIA reviews and risks.' })
@Directive('@key(fields: "id")')
export class BoardPackType {
  @Field(() => ID, { description: '"<body id>@<asOf>".' })
  id!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  asOf!: string;

  @Field(() => GovernanceBodyType)
  body!: GovernanceBodyType;

  @Field(() => String, { nullable: true, description: 'ONS code of the body\'s organisation\'s area: where its findings are.' })
  areaCode!: string | null;

  @Field(() => BoardMeetingType, { nullable: true, description: 'The latest meeting before asOf; null when none is recorded.' })
  previousMeeting!: BoardMeetingType | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: changes are those dated after this day (the previous meeting\'s); null for everything to date.' })
  changesSince!: string | null;

  @Field(() => [BoardPackStatusGroupType], { description: 'The delivery actions of the body\'s strategy by status as of asOf, in the order of DeliveryStatus.' })
  actionsByStatus!: BoardPackStatusGroupType[];

  @Field(() => [KpiType], { description: 'KPIs of the strategy RED on asOf.' })
  redKpis!: KpiType[];

  @Field(() => [KpiType])
  amberKpis!: KpiType[];

  @Field(() => [KpiType], { description: 'KPIs whose latest value is overdue on asOf.' })
  staleKpis!: KpiType[];

  @Field(() => [EqiaType], { description: 'EQIAs of the organisation whose review date is before asOf.' })
  overdueEqiaReviews!: EqiaType[];

  @Field(() => [StrategyRiskType])
  risks!: StrategyRiskType[];
}
