import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('DisclosureRate', {
  description: 'Share of the workforce whose record for a characteristic is Not stated, Prefer not to say or Not recorded.',
})
export class DisclosureRateType {
  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String)
  characteristic!: string;

  @Field(() => Int)
  workforceTotal!: number;

  @Field(() => Int, { description: 'People in a non-disclosure category.' })
  notDisclosed!: number;

  @Field(() => Float, { nullable: true, description: 'notDisclosed ÷ workforceTotal, from 0 to 1.' })
  value!: number | null;

  @Field(() => Boolean)
  computable!: boolean;

  @Field(() => String, { nullable: true })
  notComputableReason!: string | null;

  @Field(() => String, { nullable: true })
  notComputableDetail!: string | null;
}
