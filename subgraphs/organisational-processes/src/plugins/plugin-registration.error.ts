import type { PluginProblem } from '@edhr/plugin-sdk';

/**
 * A valid plugin that cannot be registered in the current state of the registry
 * (a missing dependency, an unsupported plugin API, a strategy it cannot attach to).
 */
export class PluginRegistrationError extends Error {
  constructor(
    readonly pluginId: string,
    readonly problems: PluginProblem[],
  ) {
    super(
      `Plugin "${pluginId}" cannot be registered:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`,
    );
    this.name = 'PluginRegistrationError';
  }
}
