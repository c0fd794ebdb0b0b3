import { Migration } from '@mikro-orm/migrations';
import { foreignKeyStatements, type ForeignKey } from '@edhr/kit';

const SCHEMA = 'partners';

/**
 * RESTRICT throughout: an agreement and an API key are what let a partner read data, and an
 * explanation is part of a finding's append-only record; deleting their parent must be refused,
 * not spread. The audit of partner queries keeps no keys on purpose: it records what was asked,
 * by whom and under which agreement, even for a partner or an agreement that no longer exists.
 */
export const FOREIGN_KEYS: readonly ForeignKey[] = [
  { table: 'agreement', column: 'partner_key', references: { table: 'partner_agency', column: 'key' }, onDelete: 'restrict' },
  { table: 'partner_api_key', column: 'partner_key', references: { table: 'partner_agency', column: 'key' }, onDelete: 'restrict' },
  { table: 'finding_explanation', column: 'finding_id', references: { table: 'finding', column: 'id' }, onDelete: 'restrict' },
];

export class Migration0018ForeignKeys extends Migration {
  override name = '0018-foreign-keys';

  override up(): void {
    for (const foreignKey of FOREIGN_KEYS) for (const sql of foreignKeyStatements(SCHEMA, foreignKey)) this.addSql(sql);
  }
}
