import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Owners belong to organisational-processes; staff-survey contacts and local owners point at them by key. */
@ObjectType('Owner')
@Directive('@key(fields: "id", resolvable: false)')
export class OwnerReference {
  @Field(() => ID)
  id!: string;
}
