/** The zone the force's calendar dates are kept in: GMT in winter, BST (UTC+1) in summer. */
export const UK_TIME_ZONE = 'Europe/London';

const UK_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in the UK at `instant`, YYYY-MM-DD. Not the UTC date: from 23:00 UTC in
 * summer the UK is already on the next day (2027-06-30T23:30Z is 1 July 00:30 BST).
 */
export function ukDate(instant: Date): string {
  return UK_DAY.format(instant);
}
