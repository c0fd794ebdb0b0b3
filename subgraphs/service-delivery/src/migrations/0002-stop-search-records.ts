import { Migration } from '@mikro-orm/migrations';

export class Migration0002StopSearchRecords extends Migration {
  override name = '0002-stop-search-records';

  override up(): void {
    this.addSql(`
create table "service_delivery"."stop_search_record" ("id" bigserial primary key, "batch_id" uuid not null, "organisation_key" varchar(80) not null, "line_number" int not null, "type_raw" text not null, "search_type" varchar(40) not null, "date_raw" text not null, "occurred_at" timestamptz not null, "part_of_operation_raw" text not null, "part_of_operation" boolean null, "policing_operation" text not null, "latitude" double precision null, "longitude" double precision null, "gender_raw" text not null, "sex" varchar(40) not null, "age_range_raw" text not null, "age_range" varchar(40) not null, "self_defined_ethnicity_raw" text not null, "self_defined_broad" varchar(40) not null, "self_defined_detailed" varchar(60) null, "officer_defined_ethnicity_raw" text not null, "officer_defined_broad" varchar(40) not null, "legislation_raw" text not null, "legislation" varchar(60) not null, "object_of_search_raw" text not null, "object_of_search" varchar(60) not null, "outcome_raw" text not null, "outcome" varchar(40) not null, "outcome_linked_raw" text not null, "outcome_linked" boolean null, "removal_of_clothing_raw" text not null, "removal_of_clothing" boolean null);
create index "stop_search_record_batch_id_index" on "service_delivery"."stop_search_record" ("batch_id");
create index "stop_search_record_organisation_key_occurred_at_index" on "service_delivery"."stop_search_record" ("organisation_key", "occurred_at");
`);
  }
}
