import { Migration } from '@mikro-orm/migrations';

export class Migration0010DeclaredOwners extends Migration {
  override name = '0010-declared-owners';

  override up(): void {
    this.addSql(`create table "organisational_processes"."declared_owner" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "name" varchar(300) not null, "written_as" text[] not null default '{}', "archived" boolean not null default false, "position" int not null, primary key ("id"));`);
    this.addSql(`alter table "organisational_processes"."declared_owner" add constraint "declared_owner_plugin_id_key_unique" unique ("plugin_id", "key");`);
    this.addSql(`create index "declared_owner_strategy_id_index" on "organisational_processes"."declared_owner" ("strategy_id");`);
  }
}
