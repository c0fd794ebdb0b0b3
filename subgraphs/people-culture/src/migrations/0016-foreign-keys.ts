import { Migration } from '@mikro-orm/migrations';
import { foreignKeyStatements, type ForeignKey } from '@edhr/kit';

const SCHEMA = 'people_culture';

/**
 * Every imported figure → the import batch that last wrote it. RESTRICT: the figures are the
 * workforce record; deleting a batch must not silently take them with it.
 */
export const FOREIGN_KEYS: readonly ForeignKey[] = ['workforce_headcount', 'selection_outcome', 'case_count', 'community_population'].map(
  (table): ForeignKey => ({ table, column: 'batch_id', references: { table: 'import_batch', column: 'id' }, onDelete: 'restrict' }),
);

export class Migration0016ForeignKeys extends Migration {
  override name = '0016-foreign-keys';

  override up(): void {
    for (const foreignKey of FOREIGN_KEYS) for (const sql of foreignKeyStatements(SCHEMA, foreignKey)) this.addSql(sql);
  }
}
