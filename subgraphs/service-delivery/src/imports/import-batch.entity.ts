import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One imported file of encounter records (stop and search, use of force, custody, hate crime,
 * complaints, victim satisfaction). The checksum makes re-importing the same file a no-op.
 */
export const ImportBatchEntity = defineEntity({
  name: 'ImportBatch',
  tableName: 'import_batch',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    organisationKey: p.string().length(80).index(),
    dataset: p.string().length(40),
    sourceName: p.string().length(300),
    /** SHA-256 of the file's bytes. */
    checksum: p.string().length(64),
    rowCount: p.integer(),
    importedAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organisationKey', 'dataset', 'checksum'] }],
});
