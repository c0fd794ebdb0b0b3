import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the people-culture subgraph holds for an organisation.' })
export class PeopleCultureSummary {
  @Field(() => Int, { description: 'Staff-survey delivery-plan actions.' })
  staffSurveyActions!: number;
}

@ObjectType('Organisation')
@Directive('@key(fields: "id")')
export class OrganisationType {
  @Field(() => ID)
  id!: string;
}
