import { Field, InputType } from 'type-graphql';

@InputType('PartnerAgencyInput')
export class PartnerAgencyInputType {
  @Field(() => String, { description: 'Lower-case letters, digits and hyphens.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  sector!: string;

  @Field(() => String)
  organisationKey!: string;
}
