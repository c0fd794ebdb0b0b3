import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the service-delivery subgraph holds for an organisation.' })
export class ServiceDeliverySummary {
  @Field(() => Int, { description: 'Files of encounter records imported.' })
  importedFiles!: number;

  @Field(() => Int, { description: 'Encounter records held, across every dataset.' })
  encounterRecords!: number;
}

@ObjectType('Organisation')
@Directive('@key(fields: "id")')
export class OrganisationType {
  @Field(() => ID)
  id!: string;
}
