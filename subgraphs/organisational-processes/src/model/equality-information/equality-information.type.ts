import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { OrganisationType } from '../organisations/organisation.type';
import { StrategyType } from '../strategies/strategy.type';
import { ObjectiveType } from '../objectives/objective.type';
import { KpiType } from '../kpis/kpi.type';
import { DeliveryStatusValue } from '../delivery-actions/delivery-status';
import { DutyPublicationType } from '../duties/duty.type';
import { EngagementRecordType } from '../engagement/engagement-record.type';
import { EqiaDecisionValue, EqiaKindValue } from '../eqias/eqia-values';

@ObjectType('StatusCount')
export class StatusCountType {
  @Field(() => DeliveryStatusValue)
  status!: DeliveryStatusValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ObjectiveProgress', { description: 'An objective with the delivery actions and KPIs that serve it.' })
export class ObjectiveProgressType {
  @Field(() => ObjectiveType)
  objective!: ObjectiveType;

  @Field(() => Int, { description: 'Current delivery actions resolved to it.' })
  actions!: number;

  @Field(() => Int)
  actionsComplete!: number;

  @Field(() => Int, { description: 'Not complete and past a deadline at the end of the year (or today, for the current year).' })
  actionsOverdue!: number;

  @Field(() => [StatusCountType])
  actionsByStatus!: StatusCountType[];

  @Field(() => [KpiType], { description: 'KPIs measuring it; their latest value, RAG and trend are public.' })
  kpis!: KpiType[];
}

@ObjectType('EqualityStrategySection', { description: 'A strategy in force during the year, its objectives and their four-year review.' })
export class EqualityStrategySectionType {
  @Field(() => StrategyType)
  strategy!: StrategyType;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: four years from the strategy\'s start, by when its objectives must be reviewed and published again; null when the strategy gives no start.',
  })
  objectivesReviewDue!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when today (UK date) is after objectivesReviewDue; null when that is.' })
  objectivesReviewOverdue!: boolean | null;

  @Field(() => [ObjectiveProgressType], { description: 'Strategy-level objectives, then each theme\'s, in document order.' })
  objectives!: ObjectiveProgressType[];
}

@ObjectType('PublishedEqia', { description: 'The public part of an EQIA completed in the year: what was assessed, what was found and decided.' })
export class PublishedEqiaType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => EqiaKindValue)
  kind!: EqiaKindValue;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  completedOn!: string;

  @Field(() => EqiaDecisionValue, { nullable: true })
  decision!: EqiaDecisionValue | null;

  @Field(() => [String], { description: 'Characteristics assessed as NEGATIVE.' })
  negativeFor!: string[];

  @Field(() => [String], { description: 'Characteristics assessed as POSITIVE.' })
  positiveFor!: string[];

  @Field(() => [String], { description: 'Characteristics not assessed (UNKNOWN).' })
  unknownFor!: string[];

  @Field(() => String, { nullable: true })
  consultation!: string | null;
}

@ObjectType('EqualityInformation', {
  description:
    'An organisation\'s equality information for a calendar year, as the specific duty asks it to publish: objectives and progress, ' +
    'workforce representation (people-culture), service-delivery disparity (partners, published figures under disclosure control), EQIAs completed, engagement held. Public.',
})
@Directive('@key(fields: "organisationId year")')
export class EqualityInformationType {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  firstDay!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  lastDay!: string;

  @Field(() => String, { nullable: true, description: 'ONS code of the organisation\'s area, where its published figures are.' })
  areaCode!: string | null;

  @Field(() => OrganisationType)
  organisation!: OrganisationType;

  @Field(() => [EqualityStrategySectionType], { description: 'Strategies whose period includes part of the year, or that state no period.' })
  strategies!: EqualityStrategySectionType[];

  @Field(() => [PublishedEqiaType], { description: 'EQIAs completed in the year, by completion date.' })
  eqiasCompleted!: PublishedEqiaType[];

  @Field(() => [EngagementRecordType], { description: 'Consultation and engagement held in the year, by date.' })
  engagement!: EngagementRecordType[];

  @Field(() => [DutyPublicationType], { description: 'Publications recorded as this year\'s equality information (coversYear).' })
  publications!: DutyPublicationType[];

  @Field(() => Boolean, { description: 'True once a publication of this year\'s equality information is recorded: the duty is met for the year.' })
  published!: boolean;
}
