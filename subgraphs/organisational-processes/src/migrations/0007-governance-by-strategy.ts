import { Migration } from '@mikro-orm/migrations';

export class Migration0007GovernanceByStrategy extends Migration {
  override name = '0007-governance-by-strategy';

  override up(): void {
    this.addSql(`alter table "organisational_processes"."governance_body" add "strategy_id" uuid null;`);
    this.addSql(`create index "governance_body_strategy_id_index" on "organisational_processes"."governance_body" ("strategy_id");`);
    // Bodies registered before: the strategy their plugin registered (a plugin extending another's strategy
    // has none of its own and gets its strategy at its next registration).
    this.addSql(`update "organisational_processes"."governance_body" as g set "strategy_id" = s."id" from "organisational_processes"."strategy" as s where s."plugin_id" = g."plugin_id";`);
  }
}
