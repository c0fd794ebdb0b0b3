import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PartnerAgency', { description: 'A partner organisation the force shares data with.' })
export class PartnerAgencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable key; a partner token carries it as its partner id.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'e.g. criminal-justice, local-authority, nhs, voluntary.' })
  sector!: string;

  @Field(() => String, { description: 'Key of the force or PCC organisation it shares with.' })
  organisationKey!: string;
}
