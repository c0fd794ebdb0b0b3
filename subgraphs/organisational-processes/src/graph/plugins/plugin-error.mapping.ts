import { badUserInput, conflict } from '@edhr/kit';
import { PluginValidationError } from '@edhr/plugin-sdk';
import { PluginConflictError, PluginRegistrationError } from '../../content/plugin-registration.error';

/**
 * Turns a refused plugin into a client error naming the plugin, each field and reason:
 * CONFLICT (with its reason and details) when the registry's state refuses it, BAD_USER_INPUT
 * otherwise. Other errors pass through.
 */
export function toGraphQLError(error: unknown): unknown {
  if (error instanceof PluginConflictError) {
    return conflict(error.message, { reason: error.reason, pluginId: error.pluginId, problems: error.problems, ...error.details });
  }
  if (error instanceof PluginValidationError || error instanceof PluginRegistrationError) {
    return badUserInput(error.message, { pluginId: error.pluginId, problems: error.problems });
  }
  return error;
}
