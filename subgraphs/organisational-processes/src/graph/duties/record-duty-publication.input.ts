import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('RecordDutyPublicationInput')
export class RecordDutyPublicationInput {
  @Field(() => ID, { description: 'The duty, "pluginId:key".' })
  duty!: string;

  @Field(() => String, { description: 'The day it was published, YYYY-MM-DD; not after today.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it is published: an http(s) address.' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The calendar year of equality information it publishes (not after the year of publishedOn): it then meets the duty for that year in equalityInformation.',
  })
  coversYear?: number | null;
}
