import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override name = '0001-initial';

  override up(): void {
    this.addSql(`
create table "organisational_processes"."organisation" ("id" uuid not null, "key" varchar(80) not null, "name" varchar(300) not null, "kind" varchar(40) not null, "area_code" varchar(9) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
alter table "organisational_processes"."organisation" add constraint "organisation_key_unique" unique ("key");
`);
  }
}
