import { DeliveryStatusValue, toStatusValue } from '../delivery-actions/delivery-status';
import type { ProgressUpdateType } from '../delivery-actions/progress-update.type';

export interface ActionChanges {
  /** The status as of the pack's date: the latest entry's up to then, else the plan's where nothing was recorded since. */
  statusAsOf: DeliveryStatusValue;
  progressSince: ProgressUpdateType[];
  statusChanges: { from: DeliveryStatusValue | null; to: DeliveryStatusValue; on: string }[];
}

/** An entry's day: its own date, else the UK day it was recorded (given by `dayOf`). */
type DayOf = (entry: ProgressUpdateType) => string;

/**
 * What changed on one action in (since, asOf]: the entries dated in it, and each that reported a
 * status other than the one before it. Pure, so the rule is tested on its own.
 */
export function actionChanges(
  currentStatus: DeliveryStatusValue,
  entries: readonly ProgressUpdateType[],
  since: string | null,
  asOf: string,
  dayOf: DayOf,
): ActionChanges {
  const ordered = [...entries].sort((a, b) => a.sequence - b.sequence);
  const upToDate = ordered.filter((e) => dayOf(e) <= asOf);
  const withStatus = ordered.filter((e) => e.status !== null);
  const lastStatus = [...upToDate].reverse().find((e) => e.status !== null);
  const statusAsOf = lastStatus
    ? toStatusValue(lastStatus.status!)
    : withStatus.length === 0
      ? currentStatus
      : DeliveryStatusValue.UNKNOWN;
  const inWindow = (e: ProgressUpdateType) => dayOf(e) <= asOf && (since === null || dayOf(e) > since);
  const statusChanges: ActionChanges['statusChanges'] = [];
  let previous: DeliveryStatusValue | null = null;
  for (const entry of upToDate) {
    if (entry.status === null) continue;
    const to = toStatusValue(entry.status);
    if (to !== previous && inWindow(entry)) statusChanges.push({ from: previous, to, on: dayOf(entry) });
    previous = to;
  }
  return { statusAsOf, progressSince: upToDate.filter(inWindow), statusChanges };
}
