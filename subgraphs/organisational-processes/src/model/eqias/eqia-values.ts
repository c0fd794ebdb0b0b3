import { registerEnumType } from 'type-graphql';

/** Stored as the plugin manifest writes them (`no-change`), served as `NO_CHANGE`. */
export enum EqiaKindValue {
  POLICY = 'POLICY',
  FUNCTION = 'FUNCTION',
  PROJECT = 'PROJECT',
  OPERATION = 'OPERATION',
}
registerEnumType(EqiaKindValue, { name: 'EqiaKind', description: 'What is assessed.' });

export enum EqiaImpactValue {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(EqiaImpactValue, {
  name: 'EqiaImpact',
  description: 'The likely impact on people sharing a protected characteristic; UNKNOWN until assessed, never assumed NEUTRAL.',
});

export enum EqiaDecisionValue {
  NO_CHANGE = 'NO_CHANGE',
  ADJUST = 'ADJUST',
  CONTINUE = 'CONTINUE',
  STOP = 'STOP',
}
registerEnumType(EqiaDecisionValue, {
  name: 'EqiaDecision',
  description: 'NO_CHANGE (no adverse impact found), ADJUST (change to remove it), CONTINUE (justified despite it), STOP.',
});

export enum EqiaStageValue {
  PLANNED = 'PLANNED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(EqiaStageValue, { name: 'EqiaStage', description: 'PLANNED until the assessment is done.' });

/** `no-change` → `NO_CHANGE`. */
export function toValue<T extends string>(values: Record<string, T>, stored: string): T {
  const value = stored.toUpperCase().replace(/-/g, '_');
  if (!(Object.values(values) as string[]).includes(value)) throw new Error(`unknown stored value "${stored}"`);
  return value as T;
}

/** `NO_CHANGE` → `no-change`, as stored. */
export function toStored(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
