import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** Equality information belongs to organisational-processes; this subgraph adds the workforce part. */
@ObjectType('EqualityInformation')
@Directive('@key(fields: "organisationId year")')
export class EqualityInformationReference {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => Int)
  year!: number;
}
