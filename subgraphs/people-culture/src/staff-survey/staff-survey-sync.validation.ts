import { staffSurveyActionSchema, type StaffSurveyAction } from '@edhr/plugin-sdk';
import type { InputProblem } from '../common/bad-user-input.error';
import { formatPath } from '../common/issue-path';
import type { StaffSurveySyncInput } from './staff-survey-sync.input';

/** Most actions one plugin may send; the SDK allows the same. */
const MAX_ACTIONS = 500;

const LIMITS = { pluginId: 64, pluginVersion: 50, organisation: 80, strategy: 80 } as const;

/** An `Owner` id as organisational-processes gives it: `pluginId:key`. */
const OWNER_ID = /^[a-z][a-z0-9-]{2,63}:[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$/;
const OWNER_ROLES = ['contact', 'localOwner'] as const;

export type StaffSurveyOwners = Record<string, { contact?: string; localOwner?: string }>;

/** `owners`: by action number (of an action sent), the owner id of its contact and of its local owner. */
function validateOwners(raw: unknown, numbers: ReadonlySet<string>, problems: InputProblem[]): StaffSurveyOwners {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: 'owners', message: 'must be an object keyed by action number' });
    return {};
  }
  const owners: StaffSurveyOwners = {};
  for (const [number, links] of Object.entries(raw as Record<string, unknown>)) {
    if (!numbers.has(number)) {
      problems.push({ path: `owners.${number}`, message: 'names no action sent in actions' });
      continue;
    }
    if (!links || typeof links !== 'object' || Array.isArray(links)) {
      problems.push({ path: `owners.${number}`, message: 'must be { contact, localOwner }' });
      continue;
    }
    const entry: { contact?: string; localOwner?: string } = {};
    for (const [role, id] of Object.entries(links as Record<string, unknown>)) {
      if (!(OWNER_ROLES as readonly string[]).includes(role)) {
        problems.push({ path: `owners.${number}.${role}`, message: 'must be contact or localOwner' });
      } else if (typeof id !== 'string' || !OWNER_ID.test(id)) {
        problems.push({ path: `owners.${number}.${role}`, message: 'must be an owner id "pluginId:key"' });
      } else entry[role as (typeof OWNER_ROLES)[number]] = id;
    }
    owners[number] = entry;
  }
  return owners;
}

export interface ValidSync {
  pluginId: string;
  pluginVersion: string;
  organisation: string;
  strategy: string;
  actions: StaffSurveyAction[];
  /** By action number: the owner ids of its contact and local owner. */
  owners: StaffSurveyOwners;
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
  const owners = validateOwners(input.owners, new Set(seen.keys()), problems);
  if (problems.length > 0) return { problems };
  return {
    value: {
      pluginId: input.pluginId.trim(),
      pluginVersion: input.pluginVersion.trim(),
      organisation: input.organisation.trim(),
      strategy: input.strategy.trim(),
      actions,
      owners,
    },
  };
}
