export * from './manifest.schema';
export { validatePlugin, definePlugin, type ValidatedPlugin, type PluginWarning } from './validate-plugin';
export { PluginValidationError, type PluginProblem } from './plugin-error';
export { deriveDueDate, deriveDueDates } from './due-date';
export { normaliseOwnerName } from './owner-name';
