import { Migration } from '@mikro-orm/migrations';

export class Migration0003EncounterRecords extends Migration {
  override name = '0003-encounter-records';

  override up(): void {
    this.addSql(`
create table "service_delivery"."encounter_record" ("id" bigserial primary key, "batch_id" uuid not null, "organisation_key" varchar(80) not null, "dataset" varchar(40) not null, "line_number" int not null, "reference" text not null, "date_raw" text not null, "occurred_at" timestamptz not null, "latitude" double precision null, "longitude" double precision null, "gender_raw" text not null, "sex" varchar(40) not null, "age_range_raw" text not null, "age_range" varchar(40) not null, "self_defined_ethnicity_raw" text not null, "self_defined_broad" varchar(40) not null, "self_defined_detailed" varchar(60) null, "officer_defined_ethnicity_raw" text null, "officer_defined_broad" varchar(40) null, "details" jsonb not null);
create index "encounter_record_batch_id_index" on "service_delivery"."encounter_record" ("batch_id");
create index "encounter_record_organisation_key_dataset_occurred_at_index" on "service_delivery"."encounter_record" ("organisation_key", "dataset", "occurred_at");
`);
  }
}
