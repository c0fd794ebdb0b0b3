import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DisparityResultType } from '../disparity/disparity.type';

@ObjectType('PublishedDisparity', { description: 'A dataset\'s published disparity for the year, as the public disparity query answers it.' })
export class PublishedDisparityType {
  @Field(() => String)
  dataset!: string;

  @Field(() => String)
  characteristic!: string;

  @Field(() => String, { description: 'The category every other is compared with.' })
  reference!: string;

  @Field(() => DisparityResultType, { description: 'Perturbed for disclosure control, withheld below the threshold, exactly as the public disparity query gives it.' })
  result!: DisparityResultType;
}

/** Equality information belongs to organisational-processes; this subgraph adds service-delivery disparity. */
@ObjectType('EqualityInformation')
@Directive('@key(fields: "organisationId year")')
export class EqualityInformationReference {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  @Directive('@external')
  areaCode!: string | null;
}

/** Board packs belong to organisational-processes; this subgraph adds the open findings of the pack's area. */
@ObjectType('BoardPack')
@Directive('@key(fields: "id")')
export class BoardPackReference {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Directive('@external')
  areaCode!: string | null;
}

/** EQIAs belong to organisational-processes; this subgraph resolves the findings one names. */
@ObjectType('Eqia')
@Directive('@key(fields: "id")')
export class EqiaReference {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive('@external')
  findingIds!: string[];
}
