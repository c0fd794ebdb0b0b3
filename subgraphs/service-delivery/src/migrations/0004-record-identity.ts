import { Migration } from '@mikro-orm/migrations';

export class Migration0004RecordIdentity extends Migration {
  override name = '0004-record-identity';

  override up(): void {
    this.addSql(`
alter table "service_delivery"."stop_search_record" add column "content_key" uuid null;
alter table "service_delivery"."encounter_record" add column "content_key" uuid null;
alter table "service_delivery"."import_batch" drop constraint "import_batch_organisation_key_dataset_checksum_unique";
create index "import_batch_organisation_key_dataset_checksum_index" on "service_delivery"."import_batch" ("organisation_key", "dataset", "checksum");
alter table "service_delivery"."import_batch" add column "months" text[] not null default '{}';
update "service_delivery"."import_batch" b set "months" = coalesce((select array_agg(distinct to_char(r."occurred_at" at time zone 'Europe/London', 'YYYY-MM')) from "service_delivery"."stop_search_record" r where r."batch_id" = b."id"), '{}') where b."dataset" = 'stop-search';
update "service_delivery"."import_batch" b set "months" = coalesce((select array_agg(distinct to_char(r."occurred_at" at time zone 'Europe/London', 'YYYY-MM')) from "service_delivery"."encounter_record" r where r."batch_id" = b."id"), '{}') where b."dataset" <> 'stop-search';
`);
  }
}
