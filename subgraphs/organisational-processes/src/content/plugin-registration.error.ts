import type { PluginProblem } from '@edhr/plugin-sdk';
import type { ConflictReason } from '@edhr/kit';

/**
 * A valid plugin that cannot be registered in the current state of the registry
 * (a missing dependency, an unsupported plugin API, a strategy it cannot attach to).
 */
export class PluginRegistrationError extends Error {
  constructor(
    readonly pluginId: string,
    readonly problems: PluginProblem[],
    /** What was refused, for the message: "registered", "disabled", "enabled". */
    refused = 'registered',
  ) {
    super(
      `Plugin "${pluginId}" cannot be ${refused}:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`,
    );
    this.name = 'PluginRegistrationError';
  }
}

/** Why a registration or a change of state conflicts with what is registered (the kit's vocabulary). */
export type PluginConflictReason = ConflictReason;

/** A registration refused because of what is already registered; nothing is written. */
export class PluginConflictError extends PluginRegistrationError {
  constructor(
    pluginId: string,
    readonly reason: PluginConflictReason,
    problems: PluginProblem[],
    /** Facts a client may act on, e.g. both content hashes, or the dependents' ids. */
    readonly details: Record<string, string | string[]> = {},
    refused = 'registered',
  ) {
    super(pluginId, problems, refused);
    this.name = 'PluginConflictError';
  }
}
