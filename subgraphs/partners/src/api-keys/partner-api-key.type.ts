import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType('PartnerApiKey', {
  description: "An API key of a partner agency's machine client. Neither the secret nor its hash is ever shown.",
})
export class PartnerApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The partner agency the key authenticates as.' })
  partnerKey!: string;

  @Field(() => String, { description: 'What the key is for, e.g. the client system and its environment.' })
  label!: string;

  @Field(() => String, { description: 'Public identifier: the `<keyId>` of `edhr_<keyId>_<secret>`.' })
  keyId!: string;

  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Last accepted use, to the minute; null if never used.' })
  lastUsedAt!: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy!: string | null;

  @Field(() => Boolean, { description: 'Not revoked.' })
  active!: boolean;
}

@ObjectType('CreatedPartnerApiKey', { description: 'A new API key: the full key is shown here once and never again.' })
export class CreatedPartnerApiKeyType {
  @Field(() => String, { description: 'The full key, `edhr_<keyId>_<secret>`, for the `x-api-key` header. Store it now.' })
  key!: string;

  @Field(() => PartnerApiKeyType)
  apiKey!: PartnerApiKeyType;
}

@ObjectType('ResolvedApiKey', { description: 'Who a valid API key authenticates as.' })
export class ResolvedApiKeyType {
  @Field(() => String)
  partnerKey!: string;
}
