import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SkillKind } from './skill-kind.enum';

@ObjectType('SkillCount', { description: 'People recording one value; withheld when small.' })
export class SkillCountType {
  @Field(() => String)
  value!: string;

  @Field(() => Int, { nullable: true, description: 'Null when withheld.' })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'below_threshold, or secondary (withheld so a small count cannot be worked out from the total).' })
  reason!: string | null;
}

@ObjectType('SkillKindSummary')
export class SkillKindSummaryType {
  @Field(() => SkillKind)
  kind!: SkillKind;

  @Field(() => Int, { nullable: true, description: 'Records of this kind; null when the total itself is small.' })
  total!: number | null;

  @Field(() => [SkillCountType])
  values!: SkillCountType[];
}

@ObjectType('SkillsSummary', { description: 'Skills-register counts, with counts below the threshold withheld.' })
export class SkillsSummaryType {
  @Field(() => ID)
  organisation!: string;

  @Field(() => Int, { description: 'Counts from 1 up to this minus one are withheld.' })
  threshold!: number;

  @Field(() => [SkillKindSummaryType])
  kinds!: SkillKindSummaryType[];
}
