import { count, oneOf, text } from '../csv/csv-fields';
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
};

/** Outcomes of promotion and recruitment rounds: organisation,round,kind,rank,characteristic,category,applicants,successful */
export const selectionRoundFormat: CsvFormat<Row> = {
  name: 'selection-round',
  columns: ['organisation', 'round', 'kind', 'rank', 'characteristic', 'category', 'applicants', 'successful'],
  read: (r) => {
    const row: Row = {
      organisationKey: text(r, 'organisation', 80),
      roundId: text(r, 'round', 80),
      kind: oneOf(r, 'kind', ['promotion', 'recruitment'] as const),
      rank: text(r, 'rank'),
      ...characteristicCells(r),
      applicants: count(r, 'applicants'),
      successful: count(r, 'successful'),
    };
    return row;
  },
  keyColumns: ['organisationKey', 'roundId', 'rank', 'characteristic', 'category'],
  valueColumns: ['kind', 'applicants', 'successful'],
  table: 'selection_outcome',
  checkRows: (rows) => {
    const problems: { index: number; message: string }[] = [];
    const kindOfRound = new Map<string, string>();
    rows.forEach((row, index) => {
      if (row.successful > row.applicants) {
        problems.push({ index, message: `successful (${row.successful}) is more than applicants (${row.applicants})` });
      }
      // A round is one process: promotion and recruitment outcomes cannot share its id.
      const round = JSON.stringify([row.organisationKey, row.roundId]);
      const kind = kindOfRound.get(round);
      if (kind === undefined) kindOfRound.set(round, row.kind);
      else if (kind !== row.kind) problems.push({ index, message: `round "${row.roundId}" is a ${kind} round on an earlier line` });
    });
    return problems;
  },
};
