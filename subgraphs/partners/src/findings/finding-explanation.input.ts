import { Field, InputType } from 'type-graphql';

@InputType('FindingExplanationInput', { description: 'Why a disparity exists, and what shows it.' })
export class FindingExplanationInputType {
  @Field(() => String)
  text!: string;

  @Field(() => [String], { description: 'At least one document, analysis or link.' })
  evidence!: string[];
}
