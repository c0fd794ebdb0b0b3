/**
 * Derives a date from a due date written as free text, only where the text is unambiguous.
 *
 * Rules (the source documents write dates day/month/year, UK style):
 * - `D/M/YYYY` or `DD/MM/YYYY` → that day.
 * - `Mon YYYY` / `Month YYYY` (e.g. "Oct 2012", "April 2013") on its own or after a label
 *   ("Policy Portal - Oct 2012") → the last day of that month.
 * - Anything else, text naming more than one date ("SCI - April 2013, Custody Development - 2015"),
 *   or text that is ongoing or names a start rather than a deadline ("began May 2011 and is
 *   Ongoing") → no date; the text is kept as written.
 */
export function deriveDueDate(asWritten: string | undefined): string | undefined {
  if (!asWritten) return undefined;
  const text = asWritten.trim();
  if (/\b(ongoing|began|begun|since|from)\b/i.test(text)) return undefined;
  const dayMonthYear = [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)];
  const monthYear = [...text.matchAll(new RegExp(`\\b(${MONTH_PATTERN})\\.?\\s+(\\d{4})\\b`, 'gi'))];
  const bareYears = [...text.matchAll(/\b(19|20)\d{2}\b/g)];
  const datesNamed = dayMonthYear.length + monthYear.length;
  // Several dates, or a year standing on its own beside a date, means several deadlines.
  if (datesNamed !== 1 || bareYears.length !== 1) return undefined;
  if (dayMonthYear.length === 1) {
    const [, d, m, y] = dayMonthYear[0]!;
    return validDate(Number(y), Number(m), Number(d));
  }
  const [, monthName, y] = monthYear[0]!;
  const month = monthIndex(monthName!);
  if (month === undefined) return undefined;
  const year = Number(y);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return validDate(year, month, lastDay);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_PATTERN =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

function monthIndex(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? undefined : index + 1;
}

function validDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/**
 * Every deadline a due-date cell names, earliest first: the one `deriveDueDate` reads, or, for a
 * cell listing several labelled deadlines separated by commas ("SCI - April 2013, Custody
 * Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation -
 * Dec 2012"), each part read on its own by the same rules, a year standing alone in a part
 * ("Custody Development - 2015") counting as its last day. A part that is ongoing or names a start
 * gives none; so does a cell whose parts cannot all be read, rather than a partial list.
 */
export function deriveDueDates(asWritten: string | undefined): string[] {
  if (!asWritten) return [];
  const single = deriveDueDate(asWritten);
  if (single) return [single];
  const parts = asWritten.split(/,\s*/).map((part) => part.trim()).filter((part) => part.length > 0);
  if (parts.length < 2) return [];
  const dates: string[] = [];
  for (const part of parts) {
    const date = deriveDueDate(part) ?? yearAlone(part);
    if (!date) return [];
    dates.push(date);
  }
  return [...new Set(dates)].sort();
}

/** "2015" or "Label - 2015" → 2015-12-31; anything else → undefined. */
function yearAlone(part: string): string | undefined {
  if (/\b(ongoing|began|begun|since|from)\b/i.test(part)) return undefined;
  const match = /^(?:.*\s-\s)?((?:19|20)\d{2})$/.exec(part.trim());
  return match ? `${match[1]}-12-31` : undefined;
}
