/** One problem found in a plugin: the path of the offending field and the reason. */
export interface PluginProblem {
  path: string;
  message: string;
}

/** A plugin that cannot be registered; the message names the plugin, each field and each reason. */
export class PluginValidationError extends Error {
  constructor(
    readonly pluginId: string,
    readonly problems: PluginProblem[],
  ) {
    super(
      `Plugin "${pluginId}" is invalid:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`,
    );
    this.name = 'PluginValidationError';
  }
}
