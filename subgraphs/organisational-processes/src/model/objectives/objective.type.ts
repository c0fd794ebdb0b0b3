import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('ObjectiveDetail', { description: 'A facet the source gives, e.g. focus areas or outcomes.' })
export class ObjectiveDetailType {
  @Field(() => String)
  label!: string;

  @Field(() => [String])
  items!: string[];
}

@ObjectType('Objective', {
  description: 'A key action, equality objective, goal, area, commitment, plan year or learning module.',
})
@Directive('@key(fields: "id")')
export class ObjectiveType {
  @Field(() => ID, { description: '"pluginId:key".' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The code exactly as the source writes it, e.g. "2.3".' })
  code!: string | null;

  @Field(() => String, { description: 'key-action, equality-objective, goal, area, commitment, plan-objective or learning-module.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String)
  statement!: string;

  @Field(() => [String])
  owners!: string[];

  @Field(() => [String], { description: 'Protected characteristic codes, e.g. RACE.' })
  characteristics!: string[];

  @Field(() => [ObjectiveDetailType])
  details!: ObjectiveDetailType[];

  @Field(() => Boolean, { description: 'True when a later version of its plugin dropped it.' })
  archived!: boolean;

  rowId!: string;
  pluginId!: string;
  parentKey!: string | null;
  strategyRowId!: string;
}
