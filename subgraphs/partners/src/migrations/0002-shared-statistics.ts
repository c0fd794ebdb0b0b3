import { Migration } from '@mikro-orm/migrations';

export class Migration0002SharedStatistics extends Migration {
  override name = '0002-shared-statistics';

  override up(): void {
    this.addSql(`
create table "partners"."agreement" ("id" uuid not null, "reference" varchar(80) not null, "partner_key" varchar(80) not null, "title" varchar(300) not null, "datasets" jsonb not null, "characteristics" jsonb not null, "areas" jsonb not null, "finest_period" varchar(10) not null, "valid_from" varchar(10) not null, "valid_to" varchar(10) not null, "suppression_threshold" int not null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, primary key ("id"));
alter table "partners"."agreement" add constraint "agreement_reference_unique" unique ("reference");
create index "agreement_partner_key_index" on "partners"."agreement" ("partner_key");
create table "partners"."audit_entry" ("id" uuid not null, "asked_at" timestamptz not null, "subject" varchar(200) not null, "partner_key" varchar(80) null, "agreement_reference" varchar(80) null, "operation" varchar(80) not null, "request" jsonb not null, "outcome" varchar(20) not null, "reason" text null, "rows_returned" int not null, primary key ("id"));
create index "audit_entry_asked_at_index" on "partners"."audit_entry" ("asked_at");
create index "audit_entry_partner_key_index" on "partners"."audit_entry" ("partner_key");
create table "partners"."population" ("id" uuid not null, "source" varchar(200) not null, "edition" varchar(40) not null, "area" varchar(12) not null, "characteristic" varchar(40) not null, "category" varchar(60) not null, "population" double precision not null, "imported_at" timestamptz not null, primary key ("id"));
alter table "partners"."population" add constraint "population_source_edition_area_characteristic_category_unique" unique ("source", "edition", "area", "characteristic", "category");
create table "partners"."statistic" ("id" uuid not null, "dataset" varchar(80) not null, "period" varchar(10) not null, "period_granularity" varchar(10) not null, "period_start" int not null, "period_end" int not null, "area" varchar(12) not null, "characteristic" varchar(40) not null, "category" varchar(60) not null, "count" int not null, "denominator" double precision null, "source" varchar(120) not null, "published" boolean not null default false, "uploaded_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "statistic_dataset_area_characteristic_period_start_index" on "partners"."statistic" ("dataset", "area", "characteristic", "period_start");
alter table "partners"."statistic" add constraint "statistic_dataset_period_area_characteristic_cate_30d55_unique" unique ("dataset", "period", "area", "characteristic", "category", "source");
create or replace function "partners"."audit_entry_audit_entry_append_only_fn"() returns trigger as $$ begin raise exception 'audit entries are append-only and cannot be changed or deleted'; end; $$ language plpgsql;
create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "partners"."audit_entry" for each ROW execute function "partners"."audit_entry_audit_entry_append_only_fn"();
`);
  }
}
