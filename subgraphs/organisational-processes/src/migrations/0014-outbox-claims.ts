import { Migration } from '@mikro-orm/migrations';

export class Migration0014OutboxClaims extends Migration {
  override name = '0014-outbox-claims';

  override up(): void {
    // The deliverer holding a row's lease: only it may record the row's outcome.
    this.addSql(`alter table "organisational_processes"."plugin_outbox" add "claim_token" uuid null;`);
  }
}
