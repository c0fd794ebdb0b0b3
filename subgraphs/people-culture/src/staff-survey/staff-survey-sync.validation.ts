import { staffSurveyActionSchema, type StaffSurveyAction } from '@edhr/plugin-sdk';
import type { InputProblem } from '../common/bad-user-input.error';
import { formatPath } from '../common/issue-path';
import type { StaffSurveySyncInput } from './staff-survey-sync.input';

/** Most actions one plugin may send; the SDK allows the same. */
const MAX_ACTIONS = 500;

const LIMITS = { pluginId: 64, pluginVersion: 50, organisation: 80, strategy: 80 } as const;

export interface ValidSync {
  pluginId: string;
  pluginVersion: string;
  organisation: string;
  strategy: string;
  actions: StaffSurveyAction[];
}

/**
 * Checks the envelope and every action against the plugin SDK's own schema, so a plan that the
 * SDK accepts for a plugin is exactly what this subgraph accepts. Returns every problem found.
 */
export function validateSync(input: StaffSurveySyncInput): { value: ValidSync } | { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const value = input[field];
    if (typeof value !== 'string' || value.trim() === '') problems.push({ path: field, message: 'must not be empty' });
    else if (value.length > max) problems.push({ path: field, message: `must be at most ${max} characters` });
  }
  if (!Array.isArray(input.actions)) {
    problems.push({ path: 'actions', message: 'must be a list of staff-survey actions' });
    return { problems };
  }
  if (input.actions.length > MAX_ACTIONS) {
    problems.push({ path: 'actions', message: `must hold at most ${MAX_ACTIONS} actions` });
  }
  const actions: StaffSurveyAction[] = [];
  const seen = new Map<string, number>();
  input.actions.forEach((raw: unknown, i: number) => {
    const parsed = staffSurveyActionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: formatPath(`actions[${i}]`, issue.path), message: issue.message });
      }
      return;
    }
    const first = seen.get(parsed.data.number);
    if (first !== undefined) {
      problems.push({ path: `actions[${i}].number`, message: `"${parsed.data.number}" is also actions[${first}].number` });
      return;
    }
    seen.set(parsed.data.number, i);
    actions.push(parsed.data);
  });
  if (problems.length > 0) return { problems };
  return {
    value: {
      pluginId: input.pluginId.trim(),
      pluginVersion: input.pluginVersion.trim(),
      organisation: input.organisation.trim(),
      strategy: input.strategy.trim(),
      actions,
    },
  };
}
