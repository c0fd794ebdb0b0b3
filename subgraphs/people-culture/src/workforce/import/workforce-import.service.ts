import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/bad-user-input.error';
import type { CellValue, CsvFormat } from '../csv/csv-format';
import { readCsv } from '../csv/csv-reader';
import { ImportBatchEntity } from '../entities/import-batch.entity';
import { upsertRows } from './row-upsert';
import type { WorkforceImportResult } from './workforce-import.result';

/**
 * Imports one CSV file whole or not at all: the file is read and checked first (every problem
 * with its line number), then written in one transaction. A file whose SHA-256 was already
 * imported in this format changes nothing.
 */
export class WorkforceImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly schema: string,
  ) {}

  async import<Row extends Record<string, CellValue>>(
    format: CsvFormat<Row>,
    text: string,
    importedBy: string,
  ): Promise<Omit<WorkforceImportResult, 'published'> & { organisations: string[] }> {
    const read = readCsv(text, format);
    if ('problems' in read) throw badUserInput(`The ${format.name} file was refused and nothing was imported`, read.problems);
    const { sha256, rows, unrecognised } = read.value;
    const base = {
      format: format.name,
      /** The organisations the file names, for publishing afterwards. */
      organisations: [...new Set(rows.map((r) => String(r.row.organisationKey)))].sort(),
      sha256,
      rows: rows.length,
      unrecognisedCategories: [...unrecognised.values()],
    };
    return this.em.transactional(async (tx) => {
      const previous = await tx.findOne(ImportBatchEntity, { format: format.name, sha256 });
      if (previous) return { ...base, alreadyImported: true, inserted: 0, updated: 0, unchanged: rows.length };
      const batch = tx.create(ImportBatchEntity, { format: format.name, sha256, rows: rows.length, importedBy });
      await tx.flush();
      const counts = await upsertRows(tx, this.schema, format, rows.map((r) => r.row), batch.id);
      return { ...base, alreadyImported: false, ...counts };
    });
  }
}
