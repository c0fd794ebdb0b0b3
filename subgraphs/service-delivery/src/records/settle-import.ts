import type { RowProblem } from './row-problem';
import { quoteIdent } from './sql-identifier';
import { heldMonthsOf, replaceHeldMonths, type BatchScope, type HeldMonth } from './held-months';
import type { SummaryScope } from './csv-format';
import type { ImportReport } from './import-report';

/** A batch whose records are all written, in the import's open transaction. */
export interface WrittenBatch extends BatchScope {
  /** The file's records per UK-time month. */
  months: ReadonlyMap<string, number>;
  replaceMonths: boolean;
  /** Counts kept beside the records (rollups): written, or removed with a replaced month. */
  summary?: {
    write(scope: SummaryScope): Promise<void>;
    removeMonths(scope: SummaryScope, months: readonly string[]): Promise<void>;
  };
}

/**
 * Compares the written batch's months with the months held for the organisation and dataset and
 * ends the transaction: commits (replacing held months when asked), or rolls back because every
 * record is held already (ALREADY_IMPORTED) or because months overlap (the problem returned).
 * `report.rowsRead` and `report.checksum` must be set.
 */
export async function settleImport(batch: WrittenBatch, report: ImportReport): Promise<RowProblem | undefined> {
  const { client, schema, organisationKey, batchId } = batch;
  const held: HeldMonth[] = await heldMonthsOf(batch, batch.months);
  report.heldMonths = held;
  report.rowsAlreadyHeld = held.reduce((sum, m) => sum + m.alreadyHeld, 0);
  report.rowsNew = report.rowsRead - report.rowsAlreadyHeld;
  if (held.length > 0 && report.rowsAlreadyHeld === report.rowsRead) {
    // Every record of the file is held already (whatever its bytes): nothing to add.
    await client.query('rollback');
    report.status = 'ALREADY_IMPORTED';
    return undefined;
  }
  if (held.length > 0 && !batch.replaceMonths) {
    await client.query('rollback');
    return { line: 0, column: null, reason: overlapReason(batch.dataset, organisationKey, held, report.rowsRead, report.rowsAlreadyHeld) };
  }
  const scope = { client, schema, organisationKey, batchId };
  if (held.length > 0) {
    report.rowsReplaced = await replaceHeldMonths(batch, held.map((m) => m.month));
    report.monthsReplaced = held.map((m) => m.month);
    await batch.summary?.removeMonths(scope, report.monthsReplaced);
  }
  await batch.summary?.write(scope);
  await client.query(`update ${quoteIdent(schema)}."import_batch" set row_count = $2, months = $3::text[], checksum = $4 where id = $1`, [
    batchId,
    report.rowsRead,
    [...batch.months.keys()].sort(),
    report.checksum,
  ]);
  await client.query('commit');
  report.status = 'IMPORTED';
  report.batchId = batchId;
  report.rowsImported = report.rowsRead;
  return undefined;
}

function overlapReason(dataset: string, organisationKey: string, held: readonly HeldMonth[], rowsRead: number, alreadyHeld: number): string {
  const months = held.map((m) => `${m.month} (${m.held} held, ${m.alreadyHeld} of the file's ${m.rows} already among them)`).join(', ');
  return (
    `months already held for ${organisationKey} ${dataset}: ${months}; ` +
    `${rowsRead - alreadyHeld} of the file's ${rowsRead} records are not held. Nothing was written: ` +
    'import with --replace-months (replaceMonths: true) to replace those months with this file'
  );
}
