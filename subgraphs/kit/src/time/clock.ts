/**
 * Where "now" comes from. Everything that judges time (staleness, due dates, token expiry,
 * timestamps it writes) asks a clock it was given instead of reading the system time, so tests
 * can pin the date and a run gives the same answers on any day.
 */
export interface Clock {
  now(): Date;
}

/** The system's own time: the default everywhere outside tests. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant, e.g. `fixedClock('2027-03-31T12:00:00Z')`; the offset is required. */
export function fixedClock(isoInstant: string): Clock {
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(isoInstant)) throw new Error(`fixedClock needs an instant with a UTC offset, got "${isoInstant}"`);
  const millis = Date.parse(isoInstant);
  if (Number.isNaN(millis)) throw new Error(`fixedClock got "${isoInstant}", which is not an ISO 8601 instant`);
  // A fresh Date per call, so a caller changing the one it got cannot move the clock.
  return { now: () => new Date(millis) };
}

/** A clock standing at one instant until the test moves it on, e.g. `movableClock('2026-12-02T10:00:00Z').advance(60)`. */
export interface MovableClock extends Clock {
  /** Moves the clock on by this many seconds (fractions allowed). */
  advance: (seconds: number) => void;
}

export function movableClock(isoInstant: string): MovableClock {
  let millis = fixedClock(isoInstant).now().getTime();
  return { now: () => new Date(millis), advance: (seconds) => (millis += seconds * 1000) };
}
