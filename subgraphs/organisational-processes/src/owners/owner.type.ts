import { Field, ObjectType } from 'type-graphql';

@ObjectType('Owner', {
  description: 'A person or role named as owner, as the sources write it; names differing only in spacing or case are one owner.',
})
export class OwnerType {
  @Field(() => String, { description: 'The most frequent written form, exactly as written.' })
  name!: string;

  @Field(() => String, { description: 'Trimmed, single-spaced and case-folded: what merges written forms.' })
  normalised!: string;

  @Field(() => [String], { description: 'Every written form, most frequent first.' })
  writtenAs!: string[];

  /** The strategy row id the list was asked for, or '' for all; the owned items come from the same load. */
  scope!: string;
}
