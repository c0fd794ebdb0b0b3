import { Migration } from '@mikro-orm/migrations';
import { foreignKeyStatements, type ForeignKey } from '@edhr/kit';

const SCHEMA = 'organisational_processes';
const key = (table: string, column: string, references: string, referencedColumn = 'id'): ForeignKey => ({
  table,
  column,
  references: { table: references, column: referencedColumn },
  onDelete: 'restrict',
});

/**
 * Every key is ON DELETE RESTRICT. The histories (measurements and their revisions, progress
 * updates, publications, board meetings, EQIA reviews) are the record and are append-only, so a
 * cascade could never delete them anyway; and plugin content is archived, never deleted, while
 * other subgraphs keep its ids (a finding's reform action, a staff-survey action's objective),
 * so deleting a strategy, theme or KPI that still has rows below it is refused, not spread.
 * Id lists in arrays (an EQIA's objectives, an engagement record's EQIAs) cannot carry keys.
 */
export const FOREIGN_KEYS: readonly ForeignKey[] = [
  // Histories → what they are the history of.
  key('measurement', 'kpi_id', 'kpi'),
  key('measurement_revision', 'measurement_id', 'measurement'),
  key('measurement_revision', 'kpi_id', 'kpi'),
  key('progress_update', 'action_id', 'delivery_action'),
  key('duty_publication', 'duty_id', 'duty'),
  key('board_meeting', 'body_id', 'governance_body'),
  key('eqia_review', 'eqia_id', 'eqia'),
  // A strategy's content → its strategy, theme and objective.
  key('theme', 'strategy_id', 'strategy'),
  key('objective', 'strategy_id', 'strategy'),
  key('objective', 'theme_id', 'theme'),
  key('kpi', 'strategy_id', 'strategy'),
  key('kpi', 'theme_id', 'theme'),
  key('delivery_action', 'strategy_id', 'strategy'),
  key('delivery_action', 'theme_id', 'theme'),
  key('delivery_action', 'objective_id', 'objective'),
  key('duty', 'strategy_id', 'strategy'),
  key('declared_owner', 'strategy_id', 'strategy'),
  key('governance_body', 'strategy_id', 'strategy'),
  key('eqia', 'strategy_id', 'strategy'),
  // Whose it is → the organisation, by its key.
  key('strategy', 'organisation_key', 'organisation', 'key'),
  key('governance_body', 'organisation_key', 'organisation', 'key'),
  key('eqia', 'organisation_key', 'organisation', 'key'),
  key('engagement_record', 'organisation_key', 'organisation', 'key'),
  // Registered content → the plugin that registered it (EQIAs and engagement records written
  // through the API have none).
  ...['strategy', 'theme', 'objective', 'kpi', 'delivery_action', 'duty', 'declared_owner', 'governance_body', 'eqia', 'engagement_record'].map(
    (table) => key(table, 'plugin_id', 'plugin', 'plugin_id'),
  ),
];

export class Migration0015ForeignKeys extends Migration {
  override name = '0015-foreign-keys';

  override up(): void {
    for (const foreignKey of FOREIGN_KEYS) for (const sql of foreignKeyStatements(SCHEMA, foreignKey)) this.addSql(sql);
  }
}
