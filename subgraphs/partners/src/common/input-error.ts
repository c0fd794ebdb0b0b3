import { GraphQLError } from 'graphql';

/** A refusal of bad input that names the field and the reason. */
export function inputError(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field}: ${reason}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** A refusal of access that says why. */
export function forbidden(reason: string): GraphQLError {
  return new GraphQLError(reason, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
