import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override name = '0001-initial';

  override up(): void {
    this.addSql(`
create table "service_delivery"."import_batch" ("id" uuid not null, "organisation_key" varchar(80) not null, "dataset" varchar(40) not null, "source_name" varchar(300) not null, "checksum" varchar(64) not null, "row_count" int not null, "imported_at" timestamptz not null, primary key ("id"));
create index "import_batch_organisation_key_index" on "service_delivery"."import_batch" ("organisation_key");
alter table "service_delivery"."import_batch" add constraint "import_batch_organisation_key_dataset_checksum_unique" unique ("organisation_key", "dataset", "checksum");
`);
  }
}
