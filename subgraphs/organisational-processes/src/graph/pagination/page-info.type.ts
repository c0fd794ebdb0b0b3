import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType('PageInfo', { description: 'Relay page information (forward pagination).' })
@Directive('@shareable')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: lists are paged forwards with `after`.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
