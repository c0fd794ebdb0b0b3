import { ENCOUNTER_DATASETS, encounterDataset } from '../encounters/encounter-formats';
import { encounterCsvFormat } from '../encounters/encounter-record.format';
import type { CsvImportOptions } from '../records/csv-format';
import { importCsv } from '../records/csv-import';
import type { ImportReport } from '../records/import-report';
import { measuredImport } from './import-metrics';
import { importStopSearch, STOP_SEARCH_DATASET } from './stop-search-import.service';

/** Every dataset the mutation and the command import (`custody` is taken for `arrests-custody`). */
export const IMPORTABLE_DATASETS: readonly string[] = [STOP_SEARCH_DATASET, ...ENCOUNTER_DATASETS];

/** Imports one file of a dataset: every format runs the same loop (importCsv). */
export interface DatasetImporter {
  /** The dataset as stored in import_batch (an alias resolved). */
  dataset: string;
  import(options: CsvImportOptions): Promise<ImportReport>;
}

/** The importer of a dataset name as given, or undefined when no format has that name. */
export function importerOf(dataset: string): DatasetImporter | undefined {
  if (dataset === STOP_SEARCH_DATASET) return { dataset, import: (options) => measuredImport(dataset, () => importStopSearch(options)) };
  const encounter = encounterDataset(dataset);
  if (!encounter) return undefined;
  const format = encounterCsvFormat(encounter);
  return { dataset: encounter, import: (options) => measuredImport(encounter, () => importCsv(format, options)) };
}

export const unknownDatasetMessage = (dataset: string) =>
  `Unknown dataset "${dataset}": one of ${IMPORTABLE_DATASETS.map((d) => `"${d}"`).join(', ')} (or "custody").`;
