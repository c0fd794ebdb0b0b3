import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the partners subgraph holds for an organisation.' })
export class PartnerSharingSummary {
  @Field(() => Int, { description: 'Partner agencies registered with this organisation.' })
  partnerAgencies!: number;
}

@ObjectType('Organisation')
@Directive('@key(fields: "id")')
export class OrganisationType {
  @Field(() => ID)
  id!: string;
}
