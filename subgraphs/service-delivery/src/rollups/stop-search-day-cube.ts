import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import type { StopSearchRow } from '../stop-search/stop-search-row.mapper';
import { ROLLUP_DIMENSIONS } from './stop-search-rollup.dimensions';

/** One cell of the day cube: a UK day, a value of every dimension, and the counts of its records. */
export interface DayCubeCell {
  /** YYYY-MM-DD, UK time. */
  day: string;
  /** One value a dimension, in ROLLUP_DIMENSIONS order. */
  values: string[];
  searches: number;
  arrests: number;
  positiveOutcomes: number;
  linkedFinds: number;
}

const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR = 3_600_000;
/** Distinct values a dimension may take in one file: its mapped codes are a closed list of a few dozen. */
const VALUE_RADIX = 64;
const NON_POSITIVE = new Set<string>(NON_POSITIVE_OUTCOMES);

/** The UK calendar day of an instant, `YYYY-MM-DD`. */
function ukDay(instant: Date): string {
  const parts = UK_DAY.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Counts one import's rows per UK day and combination of every rollup dimension (the "day cube")
 * as they are written: one map update a row. The rollups of every grouping are summed from it by
 * the database (stop-search-rollup.store.ts). Its size is the file's distinct days × combinations
 * present on each, bounded by the closed lists of mapped codes and in practice a few thousand a
 * month, not the file's records: a million generated records over a year make 20,880 cells.
 */
export class StopSearchDayCube {
  private readonly valueCodes = ROLLUP_DIMENSIONS.map(() => new Map<string, number>());
  private readonly valueNames: string[][] = ROLLUP_DIMENSIONS.map(() => []);
  /** UK time is a whole number of hours from UTC: the day is looked up once per hour of the file. */
  private readonly dayOfHour = new Map<number, number>();
  private readonly dayNames: string[] = [];
  private readonly dayCodes = new Map<string, number>();
  /** Per day, the cell of each combination (its values' codes as one number under 2^42). */
  private readonly cellsByDay: Map<number, number>[] = [];
  private readonly cellDays: number[] = [];
  private readonly cellKeys: number[] = [];
  /** Four counts a cell: searches, arrests, positive outcomes, linked finds. */
  private readonly counts: number[] = [];

  add(row: StopSearchRow): void {
    const day = this.dayCode(row.occurredAt);
    let key = 0;
    for (let d = 0; d < ROLLUP_DIMENSIONS.length; d++) key = key * VALUE_RADIX + this.valueCode(d, row[ROLLUP_DIMENSIONS[d]!.field]);
    const cells = (this.cellsByDay[day] ??= new Map());
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = this.cellKeys.length;
      cells.set(key, cell);
      this.cellDays.push(day);
      this.cellKeys.push(key);
      this.counts.push(0, 0, 0, 0);
    }
    const at = cell * 4;
    this.counts[at]!++;
    if (row.outcome === 'ARREST') this.counts[at + 1]!++;
    if (!NON_POSITIVE.has(row.outcome)) this.counts[at + 2]!++;
    if (row.outcomeLinked === true) this.counts[at + 3]!++;
  }

  /** Every cell counted so far. */
  *cells(): Generator<DayCubeCell> {
    for (let cell = 0; cell < this.cellKeys.length; cell++) {
      let key = this.cellKeys[cell]!;
      const values = new Array<string>(ROLLUP_DIMENSIONS.length);
      for (let d = ROLLUP_DIMENSIONS.length - 1; d >= 0; d--) {
        const code = key % VALUE_RADIX;
        values[d] = this.valueNames[d]![code]!;
        key = (key - code) / VALUE_RADIX;
      }
      const at = cell * 4;
      yield {
        day: this.dayNames[this.cellDays[cell]!]!,
        values,
        searches: this.counts[at]!,
        arrests: this.counts[at + 1]!,
        positiveOutcomes: this.counts[at + 2]!,
        linkedFinds: this.counts[at + 3]!,
      };
    }
  }

  private dayCode(instant: Date): number {
    const hour = Math.floor(instant.getTime() / HOUR);
    let code = this.dayOfHour.get(hour);
    if (code === undefined) {
      const day = ukDay(instant);
      code = this.dayCodes.get(day);
      if (code === undefined) {
        code = this.dayNames.length;
        this.dayCodes.set(day, code);
        this.dayNames.push(day);
      }
      this.dayOfHour.set(hour, code);
    }
    return code;
  }

  private valueCode(dimension: number, value: string): number {
    const codes = this.valueCodes[dimension]!;
    let code = codes.get(value);
    if (code === undefined) {
      code = codes.size;
      // Mapped codes are a closed list; this many would be a mapping mistake, not data.
      if (code >= VALUE_RADIX) throw new Error(`more than ${VALUE_RADIX} distinct ${ROLLUP_DIMENSIONS[dimension]!.name} values in one file`);
      codes.set(value, code);
      this.valueNames[dimension]!.push(value);
    }
    return code;
  }
}
