import type { PluginProblem } from '@edhr/plugin-sdk';

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

/** Why a registration or a change of state conflicts with what is registered. */
export type PluginConflictReason =
  /** The same id and version, with other content. */
  | 'CONTENT_CHANGED'
  /** A lower version than the registered one, without an explicit rollback. */
  | 'DOWNGRADE'
  /** Other content (another strategy or organisation) under a registered id, not declared and confirmed as a replacement. */
  | 'TAKEOVER'
  /** The change would break plugins that depend on this one. */
  | 'DEPENDENTS'
  /** Enabling a plugin whose dependencies are disabled. */
  | 'DEPENDENCIES';

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
