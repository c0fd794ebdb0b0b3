import { Migration } from '@mikro-orm/migrations';

export class Migration0003Findings extends Migration {
  override name = '0003-findings';

  override up(): void {
    this.addSql(`
create table "partners"."finding" ("id" uuid not null, "dataset" varchar(80) not null, "characteristic" varchar(40) not null, "category" varchar(60) not null, "reference" varchar(60) not null, "area" varchar(12) not null, "period" varchar(10) not null, "source" varchar(120) not null, "ratio" double precision not null, "lower" double precision not null, "upper" double precision not null, "standard_error" double precision not null, "count" int not null, "population" double precision not null, "reference_count" int not null, "reference_population" double precision not null, "denominator_source" varchar(200) not null, "denominator_edition" varchar(40) not null, "still_qualifies" boolean not null, "status" varchar(20) not null default 'OPEN', "reform_action_id" varchar(200) null, "reform_linked_by" varchar(200) null, "reform_linked_at" timestamptz null, "detected_at" timestamptz not null, "detected_by" varchar(200) not null, "figures_at" timestamptz not null, "version" int not null default 1, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, primary key ("id"));
create index "finding_dataset_area_status_index" on "partners"."finding" ("dataset", "area", "status");
alter table "partners"."finding" add constraint "finding_dataset_characteristic_category_reference_ca9f4_unique" unique ("dataset", "characteristic", "category", "reference", "area", "period");
create table "partners"."finding_explanation" ("id" uuid not null, "finding_id" uuid not null, "text" text not null, "evidence" jsonb not null, "explained_by" varchar(200) not null, "explained_at" timestamptz not null, "finding_version" int not null, primary key ("id"));
create index "finding_explanation_finding_id_index" on "partners"."finding_explanation" ("finding_id");
create or replace function "partners"."finding_explanation_finding_explanation_append_only_fn"() returns trigger as $$ begin raise exception 'finding explanations are append-only and cannot be changed or deleted'; end; $$ language plpgsql;
create trigger "finding_explanation_append_only" BEFORE UPDATE OR DELETE on "partners"."finding_explanation" for each ROW execute function "partners"."finding_explanation_finding_explanation_append_only_fn"();
`);
  }
}
