import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DenominatorSource', { description: 'An imported set of population figures used as denominators.' })
export class DenominatorSourceType {
  @Field(() => String)
  source!: string;

  @Field(() => String)
  edition!: string;

  @Field(() => String)
  characteristic!: string;

  @Field(() => Int, { description: 'Areas covered.' })
  areas!: number;

  @Field(() => Int, { description: 'Figures held (area × category).' })
  figures!: number;
}
