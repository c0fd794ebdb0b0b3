import { readHeader } from '../stop-search/stop-search-columns';
import { mapStopSearchRecord, type StopSearchRow } from '../stop-search/stop-search-row.mapper';
import { STOP_SEARCH_TABLE } from '../stop-search/stop-search-record.columns';
import { SelfDefinedEthnicityReader } from '../stop-search/self-defined-codes';
import { stopSearchCanonical } from '../stop-search/stop-search-record.identity';
import type { CsvFormat, CsvImportOptions } from '../records/csv-format';
import { importCsv } from '../records/csv-import';
import type { ImportReport } from '../records/import-report';
import { StopSearchDayCube } from '../rollups/stop-search-day-cube';
import { removeRollupMonths, writeRollup } from '../rollups/stop-search-rollup.store';

export { supportsCopy } from '../records/csv-import';

export const STOP_SEARCH_DATASET = 'stop-search';

export type StopSearchImportOptions = CsvImportOptions;

/** The police open-data street-level stop-and-search format. */
export const STOP_SEARCH_FORMAT: CsvFormat<StopSearchRow> = {
  dataset: STOP_SEARCH_DATASET,
  table: STOP_SEARCH_TABLE,
  canonical: stopSearchCanonical,
  readHeader(header, settings) {
    const read = readHeader(header);
    if ('problems' in read) return read;
    const selfDefined = new SelfDefinedEthnicityReader('Self-defined ethnicity', settings?.selfDefinedCodes);
    return {
      mapRecord: (record, line) => mapStopSearchRecord(record, read.positions, line, selfDefined),
      endOfFile: () => selfDefined.endOfFile(),
    };
  },
  protectedCharacteristicColumns: ['Gender', 'Age range', 'Self-defined ethnicity', 'Officer-defined ethnicity'],
  // Daily rollups for the staff analyses, kept in the import's transaction.
  summary: {
    start() {
      const cube = new StopSearchDayCube();
      return { add: (row) => cube.add(row), write: (scope) => writeRollup(scope, cube) };
    },
    removeMonths: removeRollupMonths,
  },
};

/**
 * Imports one open-data stop-and-search CSV, all or nothing: the batch row and every record
 * are written in one transaction on one connection, and any invalid row rolls it all back
 * (records/csv-import.ts).
 */
export function importStopSearch(options: StopSearchImportOptions): Promise<ImportReport> {
  return importCsv(STOP_SEARCH_FORMAT, options);
}
