import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One imported file of encounter records (stop and search, use of force, custody, hate crime,
 * complaints, victim satisfaction). Duplicates are found by record (content keys on the records),
 * not by the file's checksum, which is kept for the record of what was imported.
 */
export const ImportBatchEntity = defineEntity({
  name: 'ImportBatch',
  tableName: 'import_batch',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    organisationKey: p.string().length(80).index(),
    dataset: p.string().length(40),
    sourceName: p.string().length(300),
    /** SHA-256 of the file's bytes (not unique: a file replaced by another may be imported again). */
    checksum: p.string().length(64),
    rowCount: p.integer(),
    /**
     * The months (UK time, `YYYY-MM`) the batch's records fall in, kept so that an import finds
     * the months already held from the batches, without reading the records.
     */
    months: p.array().default([]),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organisationKey', 'dataset', 'checksum'] }],
});
