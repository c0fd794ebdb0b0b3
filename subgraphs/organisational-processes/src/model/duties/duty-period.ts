/**
 * When a duty is next due, from its frequency as written and the publications recorded for it.
 * Pure (no I/O, today passed in), so the API, reports and tests agree.
 *
 * The rule:
 *   interval   read from the written frequency only where it is unambiguous (whole phrase, case and
 *              surrounding spaces and full stops ignored):
 *                "annually", "yearly", "every year", "once a year", "each year",
 *                "at least yearly", "at least annually", "at least every year",
 *                "at least once a year"                                        → 1 year
 *                "every N years", "at least every N years",
 *                "at intervals of not greater (more) than N year(s)"           → N years
 *              (N in digits or words, one to ten). Anything else — no frequency, "regularly",
 *              "biennially" (twice a year or every two years?), a phrase with conditions — has
 *              no interval: nextDue and overdue are null.
 *   firstDue   the first deadline, read from the requirement only where it names exactly one
 *              "not later than <day> <month> <year>" ("not later than 31st January 2012").
 *   nextDue    the latest publication date (by `publishedOn`, not by when it was recorded) plus
 *              the interval; a 29 February lands on 28 February. Before any publication, the first
 *              deadline (so a duty never published is overdue from the day after it). Null with a
 *              publication but no interval, or with neither a publication nor a first deadline.
 *   overdue    today is after nextDue (publishing on the due day is in time); null when nextDue is.
 */

export interface DutyTiming {
  /** Years between publications, or null when the frequency does not say unambiguously. */
  intervalYears: number | null;
  /** The latest `publishedOn`, YYYY-MM-DD. */
  lastPublishedOn: string | null;
  /** The first deadline the requirement names, YYYY-MM-DD. */
  firstDue: string | null;
  nextDue: string | null;
  overdue: boolean | null;
}

const NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const YEARLY = /^(?:at least )?(?:annually|yearly|every year|once a year|once every year|each year)$/;
const EVERY_N_YEARS = /^(?:at least )?(?:once )?every ([a-z]+|\d+) years$/;
const NOT_GREATER_THAN = /^at intervals of not (?:greater|more) than ([a-z]+|\d+) years?$/;

/** The interval in years a written frequency states unambiguously, or null. */
export function dutyIntervalYears(frequency: string | null | undefined): number | null {
  if (!frequency) return null;
  const text = frequency.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.+$/, '');
  if (YEARLY.test(text)) return 1;
  const match = EVERY_N_YEARS.exec(text) ?? NOT_GREATER_THAN.exec(text);
  if (!match) return null;
  const n = /^\d+$/.test(match[1]!) ? Number(match[1]) : NUMBERS[match[1]!];
  return n !== undefined && n >= 1 && n <= 10 ? n : null;
}

/** `date` (YYYY-MM-DD) plus whole years; a 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whether `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The one "not later than 31st January 2012" a requirement names, as YYYY-MM-DD; null for none, several or no real day. */
export function firstDueDate(requirement: string | null | undefined): string | null {
  if (!requirement) return null;
  const found = [...requirement.matchAll(/\bnot later than (\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})\b/gi)];
  if (found.length !== 1) return null;
  const [, day, monthName, year] = found[0]!;
  const month = MONTH_NAMES.indexOf(monthName!.toLowerCase()) + 1;
  if (month === 0) return null;
  const text = `${year}-${String(month).padStart(2, '0')}-${day!.padStart(2, '0')}`;
  return isIsoDate(text) ? text : null;
}

/** Interval, latest publication, first and next due dates and overdue flag of a duty on `today` (YYYY-MM-DD). */
export function dutyTiming(
  frequency: string | null | undefined,
  publications: readonly { publishedOn: string }[],
  today: string,
  requirement?: string | null,
): DutyTiming {
  const intervalYears = dutyIntervalYears(frequency);
  const firstDue = firstDueDate(requirement);
  const lastPublishedOn = publications.reduce<string | null>(
    (latest, p) => (latest === null || p.publishedOn > latest ? p.publishedOn : latest),
    null,
  );
  const nextDue = lastPublishedOn === null ? firstDue : intervalYears === null ? null : addYears(lastPublishedOn, intervalYears);
  return { intervalYears, lastPublishedOn, firstDue, nextDue, overdue: nextDue === null ? null : today > nextDue };
}
