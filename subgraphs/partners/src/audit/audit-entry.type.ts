import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';

@ObjectType('PartnerAuditEntry', { description: 'One partner request as recorded; entries are never changed.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTime)
  askedAt!: Date;

  @Field(() => String, { description: 'Who asked.' })
  subject!: string;

  @Field(() => String, { nullable: true })
  partnerKey!: string | null;

  @Field(() => String, { nullable: true, description: 'The agreement the answer was given under.' })
  agreementReference!: string | null;

  @Field(() => String)
  operation!: string;

  @Field(() => GraphQLJSONObject, { description: 'The arguments as asked.' })
  request!: Record<string, unknown>;

  @Field(() => String, { description: '`answered` or `refused`.' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: 'Why it was refused.' })
  reason!: string | null;

  @Field(() => Int)
  rowsReturned!: number;
}
