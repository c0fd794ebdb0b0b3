import { Migration } from '@mikro-orm/migrations';

export class Migration0004ApiKeys extends Migration {
  override name = '0004-api-keys';

  override up(): void {
    this.addSql(`
create table "partners"."partner_api_key" ("id" uuid not null, "partner_key" varchar(80) not null, "label" varchar(200) not null, "key_id" varchar(16) not null, "secret_hash" varchar(64) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "revoked_by" varchar(200) null, primary key ("id"));
create index "partner_api_key_partner_key_index" on "partners"."partner_api_key" ("partner_key");
alter table "partners"."partner_api_key" add constraint "partner_api_key_key_id_unique" unique ("key_id");
`);
  }
}
