import { registerEnumType } from 'type-graphql';

/** A delivery action's status. Stored as the plugin manifest writes it (`on-track`), served as `ON_TRACK`. */
export enum DeliveryStatusValue {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  COMPLETE = 'COMPLETE',
  ONGOING = 'ONGOING',
  IN_PROGRESS = 'IN_PROGRESS',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(DeliveryStatusValue, {
  name: 'DeliveryStatus',
  description:
    'The latest recorded progress entry\'s status, else the one the plugin states (UNKNOWN where the source states none). IN_PROGRESS only comes from plugins.',
});

/** The statuses a progress entry may report. */
export enum ProgressStatusValue {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  COMPLETE = 'COMPLETE',
  ONGOING = 'ONGOING',
}
registerEnumType(ProgressStatusValue, { name: 'ProgressStatus', description: 'The status a progress entry reports.' });

/** `on-track` → `ON_TRACK`; an unrecognised stored value is UNKNOWN. */
export function toStatusValue(stored: string): DeliveryStatusValue {
  const value = stored.toUpperCase().replace(/-/g, '_');
  return (Object.values(DeliveryStatusValue) as string[]).includes(value) ? (value as DeliveryStatusValue) : DeliveryStatusValue.UNKNOWN;
}

/** `ON_TRACK` → `on-track`, as stored. */
export function toStoredStatus(value: DeliveryStatusValue | ProgressStatusValue): string {
  return value.toLowerCase().replace(/_/g, '-');
}

export const COMPLETE_STORED = 'complete';
