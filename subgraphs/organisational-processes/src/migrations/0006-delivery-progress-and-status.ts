import { Migration } from '@mikro-orm/migrations';

export class Migration0006DeliveryProgressAndStatus extends Migration {
  override name = '0006-delivery-progress-and-status';

  override up(): void {
    this.addSql(`alter table "organisational_processes"."delivery_action" add "due_dates" text[] not null default '{}', add "version" int not null default 1;`);
    // Rows registered before: their single derived date is their one deadline until the plugin's next version.
    this.addSql(`update "organisational_processes"."delivery_action" set "due_dates" = array["due_date"::text] where "due_date" is not null;`);

    this.addSql(`alter table "organisational_processes"."progress_update" add "status" varchar(20) null, add "percent_complete" int null, add "evidence" text[] not null default '{}', add "recorded_by" varchar(200) null;`);
  }
}
