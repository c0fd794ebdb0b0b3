import { Migration } from '@mikro-orm/migrations';
import { foreignKeyStatements, type ForeignKey } from '@edhr/kit';

const SCHEMA = 'service_delivery';

/** Every imported row → the import batch it came in, its provenance. */
export const FOREIGN_KEYS: readonly ForeignKey[] = [
  // RESTRICT: records are the force's data; deleting a batch must not silently take them with it.
  { table: 'stop_search_record', column: 'batch_id', references: { table: 'import_batch', column: 'id' }, onDelete: 'restrict' },
  { table: 'encounter_record', column: 'batch_id', references: { table: 'import_batch', column: 'id' }, onDelete: 'restrict' },
  // CASCADE: a rollup row is a tally of one batch's records, meaningless without the batch.
  { table: 'stop_search_rollup', column: 'batch_id', references: { table: 'import_batch', column: 'id' }, onDelete: 'cascade' },
];

export class Migration0017ForeignKeys extends Migration {
  override name = '0017-foreign-keys';

  override up(): void {
    for (const foreignKey of FOREIGN_KEYS) for (const sql of foreignKeyStatements(SCHEMA, foreignKey)) this.addSql(sql);
  }
}
