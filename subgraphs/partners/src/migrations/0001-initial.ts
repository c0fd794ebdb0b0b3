import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override name = '0001-initial';

  override up(): void {
    this.addSql(`
create table "partners"."partner_agency" ("id" uuid not null, "key" varchar(80) not null, "name" varchar(300) not null, "sector" varchar(40) not null, "organisation_key" varchar(80) not null, "created_at" timestamptz not null, primary key ("id"));
alter table "partners"."partner_agency" add constraint "partner_agency_key_unique" unique ("key");
create index "partner_agency_organisation_key_index" on "partners"."partner_agency" ("organisation_key");
`);
  }
}
