import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('DutyPublication', { description: 'A publication made to meet a duty; never changed once recorded (a correction is a new one).' })
export class DutyPublicationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The day it was published, YYYY-MM-DD.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Where it is published.' })
  url!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of equality information it publishes, when it publishes one.' })
  coversYear!: number | null;

  @Field(() => String, { description: 'Subject of who recorded it.' })
  recordedBy!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;

  dutyRowId!: string;
}

@ObjectType('Duty', {
  description: 'A legal duty the source restates (e.g. the public sector equality duty and its specific duties), as written.',
})
export class DutyType {
  @Field(() => ID, { description: '"pluginId:key".' })
  id!: string;

  @Field(() => String, { description: 'The plugin that declares it.' })
  pluginId!: string;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The requirement as written; lines separated by newlines.' })
  requirement!: string;

  @Field(() => String, { nullable: true, description: 'How often it must be met, exactly as written.' })
  frequency!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Years between publications, read from the frequency where it is unambiguous; null otherwise (see the subgraph README).',
  })
  intervalYears!: number | null;

  @Field(() => Boolean, { description: 'True when a later version of its plugin dropped it.' })
  archived!: boolean;

  rowId!: string;
}
