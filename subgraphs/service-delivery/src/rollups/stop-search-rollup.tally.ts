import { NON_POSITIVE_OUTCOMES } from '../stop-search/stop-search-categories.mapping';
import type { StopSearchRow } from '../stop-search/stop-search-row.mapper';
import { ROLLUP_DIMENSIONS, ROLLUP_GROUPINGS } from './stop-search-rollup.dimensions';

/** One rollup row: a grouping's values on one UK day, and the counts of the records there. */
export interface RollupRow {
  grouping: string;
  /** YYYY-MM-DD, UK time. */
  day: string;
  valueA: string;
  valueB: string;
  searches: number;
  arrests: number;
  positiveOutcomes: number;
  linkedFinds: number;
}

const UK_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const HOUR = 3_600_000;
/** Distinct values a dimension may take in one file (its mapped codes are a few dozen at most). */
const VALUE_RADIX = 1024;
const NON_POSITIVE = new Set<string>(NON_POSITIVE_OUTCOMES);

/** The UK calendar day of an instant, `YYYY-MM-DD`. */
export function ukDay(instant: Date): string {
  const parts = UK_DAY.formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Counts one import's rows into every rollup grouping as they are written: searches, arrests,
 * positive outcomes and linked finds per UK day and per value (or pair of values). Each row costs
 * one small-map update per grouping; values and days are numbered as they appear, so keys are
 * numbers, and memory grows with distinct days × values, not with rows.
 */
export class StopSearchRollupTally {
  private readonly valueCodes = ROLLUP_DIMENSIONS.map(() => new Map<string, number>());
  private readonly valueNames: string[][] = ROLLUP_DIMENSIONS.map(() => []);
  /** UK time is a whole number of hours from UTC: the day is looked up once per hour of the file. */
  private readonly dayOfHour = new Map<number, number>();
  private readonly dayCodes = new Map<string, number>();
  private readonly dayNames: string[] = [];
  /** Per day, each grouping's values (a small integer key) to their slot. */
  private readonly slotsByDay: Map<number, number>[] = [];
  private readonly slotDays: number[] = [];
  private readonly slotKeys: number[] = [];
  /** Four counts per slot: searches, arrests, positive outcomes, linked finds. */
  private readonly counts: number[] = [];
  private readonly codes = new Array<number>(ROLLUP_DIMENSIONS.length);

  add(row: StopSearchRow): void {
    const day = this.dayCode(row.occurredAt);
    const slots = (this.slotsByDay[day] ??= new Map());
    for (let d = 0; d < ROLLUP_DIMENSIONS.length; d++) this.codes[d] = this.valueCode(d, row[ROLLUP_DIMENSIONS[d]!.field]);
    const arrest = row.outcome === 'ARREST' ? 1 : 0;
    const positive = NON_POSITIVE.has(row.outcome) ? 0 : 1;
    const linked = row.outcomeLinked === true ? 1 : 0;
    for (let g = 0; g < ROLLUP_GROUPINGS.length; g++) {
      const [a, b] = ROLLUP_GROUPINGS[g]!.dimensions;
      // Under 2^30: a small integer, which a Map hashes fastest.
      const key = (g * VALUE_RADIX + this.codes[a]!) * VALUE_RADIX + (b === undefined ? 0 : this.codes[b]! + 1);
      let slot = slots.get(key);
      if (slot === undefined) {
        slot = this.slotKeys.length;
        slots.set(key, slot);
        this.slotDays.push(day);
        this.slotKeys.push(key);
        this.counts.push(0, 0, 0, 0);
      }
      const at = slot * 4;
      this.counts[at]!++;
      this.counts[at + 1]! += arrest;
      this.counts[at + 2]! += positive;
      this.counts[at + 3]! += linked;
    }
  }

  /** Every rollup row counted so far. */
  *rows(): Generator<RollupRow> {
    for (let slot = 0; slot < this.slotKeys.length; slot++) {
      let key = this.slotKeys[slot]!;
      const b = key % VALUE_RADIX;
      key = (key - b) / VALUE_RADIX;
      const a = key % VALUE_RADIX;
      const g = (key - a) / VALUE_RADIX;
      const day = this.slotDays[slot]!;
      const grouping = ROLLUP_GROUPINGS[g]!;
      const [first, second] = grouping.dimensions;
      yield {
        grouping: grouping.name,
        day: this.dayNames[day]!,
        valueA: this.valueNames[first]![a]!,
        valueB: second === undefined ? '' : this.valueNames[second]![b - 1]!,
        searches: this.counts[slot * 4]!,
        arrests: this.counts[slot * 4 + 1]!,
        positiveOutcomes: this.counts[slot * 4 + 2]!,
        linkedFinds: this.counts[slot * 4 + 3]!,
      };
    }
  }

  get size(): number {
    return this.slotKeys.length;
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
      if (code >= VALUE_RADIX - 1) throw new Error(`more than ${VALUE_RADIX - 2} distinct ${ROLLUP_DIMENSIONS[dimension]!.name} values in one file`);
      codes.set(value, code);
      this.valueNames[dimension]!.push(value);
    }
    return code;
  }
}
