import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Organisation', { description: 'A police force, a Police and Crime Commissioner or a partner agency.' })
@Directive('@key(fields: "id")')
export class OrganisationType {
  @Field(() => ID, { description: 'Stable key, e.g. "west-midlands-police".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'police-force, police-and-crime-commissioner or partner-agency.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'ONS geography code of its area, e.g. E23000014.' })
  areaCode!: string | null;
}
