import { GraphQLError } from 'graphql';

/** One problem with the input: where (`actions[3].issue`, `line 7`) and why. */
export interface InputProblem {
  path: string;
  message: string;
}

/** A refused input, listing every problem found so the caller can fix them all at once. */
export function badUserInput(summary: string, problems: InputProblem[]): GraphQLError {
  const listed = problems.slice(0, 50).map((p) => `${p.path}: ${p.message}`);
  const more = problems.length > 50 ? `; and ${problems.length - 50} more` : '';
  return new GraphQLError(`${summary}: ${listed.join('; ')}${more}`, {
    extensions: { code: 'BAD_USER_INPUT', problems },
  });
}
