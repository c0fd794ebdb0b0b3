import { GraphQLError } from 'graphql';
import { PluginValidationError } from '@edhr/plugin-sdk';
import { PluginRegistrationError } from './plugin-registration.error';

/** Turns a refused plugin into a client error naming each field and reason; other errors pass through. */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof PluginValidationError || error instanceof PluginRegistrationError) {
    return new GraphQLError(error.message, {
      extensions: { code: 'BAD_USER_INPUT', pluginId: error.pluginId, problems: error.problems },
    });
  }
  return error;
}
