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
 *   nextDue    the latest publication date (by `publishedOn`, not by when it was recorded) plus
 *              the interval; a 29 February lands on 28 February. Null with no interval or no
 *              publication recorded: the first deadline is not derivable from the frequency.
 *   overdue    today is after nextDue (publishing on the due day is in time); null when nextDue is.
 */

export interface DutyTiming {
  /** Years between publications, or null when the frequency does not say unambiguously. */
  intervalYears: number | null;
  /** The latest `publishedOn`, YYYY-MM-DD. */
  lastPublishedOn: string | null;
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

/** Interval, latest publication, next due date and overdue flag of a duty on `today` (YYYY-MM-DD). */
export function dutyTiming(
  frequency: string | null | undefined,
  publications: readonly { publishedOn: string }[],
  today: string,
): DutyTiming {
  const intervalYears = dutyIntervalYears(frequency);
  const lastPublishedOn = publications.reduce<string | null>(
    (latest, p) => (latest === null || p.publishedOn > latest ? p.publishedOn : latest),
    null,
  );
  if (intervalYears === null || lastPublishedOn === null) return { intervalYears, lastPublishedOn, nextDue: null, overdue: null };
  const nextDue = addYears(lastPublishedOn, intervalYears);
  return { intervalYears, lastPublishedOn, nextDue, overdue: today > nextDue };
}
