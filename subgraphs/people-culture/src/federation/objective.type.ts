import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Objectives belong to organisational-processes; this subgraph only adds staff-survey actions. */
@ObjectType('Objective')
@Directive('@key(fields: "id")')
export class ObjectiveReference {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @Directive('@external')
  code!: string | null;

  @Field(() => String)
  @Directive('@external')
  strategyKey!: string;

  /** The references the strategy's delivery plan writes for the objective (the plan's numbering). */
  @Field(() => [String])
  @Directive('@external')
  planReferences?: string[] | null;
}
