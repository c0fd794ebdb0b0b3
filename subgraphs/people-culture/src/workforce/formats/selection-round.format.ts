import { count, oneOf, period, text } from '../csv/csv-fields';
import type { CsvFormat } from '../csv/csv-format';
import { characteristicCells } from './category-cells';

type Row = {
  organisationKey: string;
  roundId: string;
  kind: string;
  rank: string;
  characteristic: string;
  category: string;
  categoryRecognised: string;
  applicants: number;
  successful: number;
  /** When the round's outcome fell: YYYY, YYYY-MM or YYYY-MM-DD; null when the file gives none. */
  period: string | null;
};

/**
 * Outcomes of promotion and recruitment rounds:
 * organisation,round,kind,rank,characteristic,category,applicants,successful[,period]
 * `period` is optional (files written before it existed still import); aggregates of a round
 * without one cannot be published to partners and are reported as not published.
 */
export const selectionRoundFormat: CsvFormat<Row> = {
  name: 'selection-round',
  columns: ['organisation', 'round', 'kind', 'rank', 'characteristic', 'category', 'applicants', 'successful'],
  optionalColumns: ['period'],
  read: (r) => {
    const row: Row = {
      organisationKey: text(r, 'organisation', 80),
      roundId: text(r, 'round', 80),
      kind: oneOf(r, 'kind', ['promotion', 'recruitment'] as const),
      rank: text(r, 'rank'),
      ...characteristicCells(r),
      applicants: count(r, 'applicants'),
      successful: count(r, 'successful'),
      period: (r.period ?? '').trim() === '' ? null : period(r, 'period'),
    };
    return row;
  },
  keyColumns: ['organisationKey', 'roundId', 'rank', 'characteristic', 'category'],
  valueColumns: ['kind', 'applicants', 'successful', 'period'],
  table: 'selection_outcome',
  checkRows: (rows) => {
    const problems: { index: number; message: string }[] = [];
    const kindOfRound = new Map<string, string>();
    const periodOfRound = new Map<string, string | null>();
    rows.forEach((row, index) => {
      if (row.successful > row.applicants) {
        problems.push({ index, message: `successful (${row.successful}) is more than applicants (${row.applicants})` });
      }
      // A round is one process: promotion and recruitment outcomes cannot share its id.
      const round = JSON.stringify([row.organisationKey, row.roundId]);
      const kind = kindOfRound.get(round);
      if (kind === undefined) kindOfRound.set(round, row.kind);
      else if (kind !== row.kind) problems.push({ index, message: `round "${row.roundId}" is a ${kind} round on an earlier line` });
      // Likewise one period per round, so its figures are published once.
      const held = periodOfRound.get(round);
      if (held === undefined) periodOfRound.set(round, row.period);
      else if (held !== row.period) {
        problems.push({ index, message: `round "${row.roundId}" has period ${row.period ?? '(none)'} here but ${held ?? '(none)'} on an earlier line` });
      }
    });
    return problems;
  },
};
