import { defineEntity, p } from '@mikro-orm/postgresql';

/** One imported CSV file, remembered by its SHA-256 so the same file imported again changes nothing. */
export const ImportBatchEntity = defineEntity({
  name: 'ImportBatch',
  tableName: 'import_batch',
  properties: {
    id: p.integer().primary().autoincrement(),
    /** The CSV format, e.g. `workforce-snapshot`. */
    format: p.string().length(40),
    sha256: p.string().length(64),
    rows: p.integer(),
    importedBy: p.string().length(200),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['format', 'sha256'] }],
});
