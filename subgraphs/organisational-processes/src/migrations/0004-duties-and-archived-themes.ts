import { Migration } from '@mikro-orm/migrations';

export class Migration0004DutiesAndArchivedThemes extends Migration {
  override name = '0004-duties-and-archived-themes';

  override up(): void {
    this.addSql(`
create table "organisational_processes"."duty" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "name" varchar(300) not null, "requirement" text not null, "frequency" varchar(200) null, "archived" boolean not null default false, "position" int not null, primary key ("id"));
create index "duty_strategy_id_index" on "organisational_processes"."duty" ("strategy_id");
alter table "organisational_processes"."duty" add constraint "duty_plugin_id_key_unique" unique ("plugin_id", "key");
create table "organisational_processes"."duty_publication" ("id" uuid not null, "duty_id" uuid not null, "published_on" date not null, "url" varchar(2000) null, "note" text null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));
create index "duty_publication_duty_id_index" on "organisational_processes"."duty_publication" ("duty_id");
alter table "organisational_processes"."governance_body" add "archived" boolean not null default false;
alter table "organisational_processes"."theme" add "archived" boolean not null default false;
`);
  }
}
