import type { GraphQLError } from 'graphql';
import { codedError, ErrorCode } from '@edhr/kit';

/** One problem with the input: where (`actions[3].issue`, `line 7`) and why. */
export interface InputProblem {
  path: string;
  message: string;
}

/** A refused input, listing every problem found so the caller can fix them all at once. */
export function badUserInput(summary: string, problems: InputProblem[]): GraphQLError {
  const listed = problems.slice(0, 50).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 50 ? `; and ${problems.length - 50} more` : '';
  return codedError(ErrorCode.BAD_USER_INPUT, `${summary}: ${listed.join('; ')}${more}`, { problems });
}
