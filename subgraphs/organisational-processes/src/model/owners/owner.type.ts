import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Owner', {
  description:
    'A person or role named as owner: entries differing only in spacing or case are one owner, and so are the written forms a plugin declares for one person or role (`owners` in its manifest).',
})
@Directive('@key(fields: "id")')
export class OwnerType {
  @Field(() => ID, {
    description: 'The declaring plugin\'s "pluginId:key" (the first by id where several plugins declare the owner), or "as-written:<normalised>" for an owner no plugin declares.',
  })
  id!: string;

  @Field(() => String, { description: 'The declared name, or else the most frequent written form, exactly as written.' })
  name!: string;

  @Field(() => String, { description: 'The name trimmed, single-spaced and case-folded.' })
  normalised!: string;

  @Field(() => [String], { description: 'Every form the owned items write, most frequent first, exactly as written.' })
  writtenAs!: string[];

  @Field(() => [String], { description: 'Every form that means this owner: the declared names and forms, then the written ones.' })
  aliases!: string[];

  /** The strategy row id the list was asked for, or '' for all; the owned items come from the same load. */
  scope!: string;
}
