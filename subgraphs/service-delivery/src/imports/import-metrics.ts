import { Counter, Histogram, type Registry } from 'prom-client';
import type { ImportReport } from '../records/import-report';

/** Seconds: a small month's file takes well under one, a million records about twenty. */
const IMPORT_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40, 80, 160];

// Registered in the service's registry by `registerImportMetrics`; a command-line import counts
// into them too, with nobody to read them.
const duration = new Histogram({
  name: 'edhr_import_duration_seconds',
  help: 'Time an import took, by dataset and outcome (IMPORTED, ALREADY_IMPORTED, REFUSED, or FAILED when it threw)',
  labelNames: ['dataset', 'status'] as const,
  buckets: IMPORT_BUCKETS,
  registers: [],
});
const rowsRead = new Counter({
  name: 'edhr_import_rows_read_total',
  help: 'Records read from imported files, by dataset',
  labelNames: ['dataset'] as const,
  registers: [],
});
const rowsImported = new Counter({
  name: 'edhr_import_rows_imported_total',
  help: 'Records committed by imports, by dataset',
  labelNames: ['dataset'] as const,
  registers: [],
});

export function registerImportMetrics(registry: Registry): void {
  for (const metric of [duration, rowsRead, rowsImported]) registry.registerMetric(metric);
}

/** Runs one import and records its duration, outcome and rows. */
export async function measuredImport(dataset: string, run: () => Promise<ImportReport>): Promise<ImportReport> {
  const stop = duration.startTimer({ dataset });
  try {
    const report = await run();
    stop({ status: report.status });
    rowsRead.inc({ dataset }, report.rowsRead);
    rowsImported.inc({ dataset }, report.rowsImported);
    return report;
  } catch (error) {
    stop({ status: 'FAILED' });
    throw error;
  }
}
