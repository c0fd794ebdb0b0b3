import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { SkillKind } from './skill-kind.enum';

@ObjectType('SkillRecord', { description: 'One consented skills-register entry. Shown record by record only to HR.' })
export class SkillRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { description: "The member's workforce reference." })
  member!: string;

  @Field(() => SkillKind)
  kind!: SkillKind;

  @Field(() => String, { description: 'e.g. "Punjabi", "Sikh Council of Birmingham", "Scout leader".' })
  value!: string;

  @Field(() => String, { description: 'YYYY-MM-DD the member consented to the record.' })
  consentDate!: string;
}

@InputType('SkillRecordInput')
export class SkillRecordInput {
  @Field(() => ID)
  organisation!: string;

  @Field(() => String, { description: "The member's workforce reference (not a name)." })
  member!: string;

  @Field(() => SkillKind)
  kind!: SkillKind;

  @Field(() => String)
  value!: string;

  @Field(() => String, { description: 'YYYY-MM-DD the member gave consent; required.' })
  consentDate!: string;
}
