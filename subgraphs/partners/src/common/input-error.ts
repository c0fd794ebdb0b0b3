import type { GraphQLError } from 'graphql';
import { badUserInput, forbidden as forbiddenError } from '@edhr/kit';

/** A refusal of bad input that names the field and the reason. */
export function inputError(field: string, reason: string): GraphQLError {
  return badUserInput(`${field}: ${reason}`, { field });
}

/** A refusal of access that says why. */
export function forbidden(reason: string): GraphQLError {
  return forbiddenError(reason);
}
