import { Migration } from '@mikro-orm/migrations';

export class Migration0002WorkforceSkillsSync extends Migration {
  override name = '0002-workforce-skills-sync';

  override up(): void {
    this.addSql(`
create table "people_culture"."case_count" ("id" serial primary key, "organisation_key" varchar(80) not null, "period" varchar(10) not null, "kind" varchar(12) not null, "characteristic" varchar(40) not null, "category" varchar(100) not null, "cases" int not null, "batch_id" int not null);
alter table "people_culture"."case_count" add constraint "case_count_organisation_key_period_kind_character_c0b34_unique" unique ("organisation_key", "period", "kind", "characteristic", "category");
create table "people_culture"."community_population" ("id" serial primary key, "organisation_key" varchar(80) not null, "characteristic" varchar(40) not null, "category" varchar(100) not null, "population" int not null, "source" text not null, "batch_id" int not null);
alter table "people_culture"."community_population" add constraint "community_population_organisation_key_characteris_c095f_unique" unique ("organisation_key", "characteristic", "category");
create table "people_culture"."import_batch" ("id" serial primary key, "format" varchar(40) not null, "sha256" varchar(64) not null, "rows" int not null, "imported_by" varchar(200) not null, "imported_at" timestamptz not null);
alter table "people_culture"."import_batch" add constraint "import_batch_format_sha256_unique" unique ("format", "sha256");
create table "people_culture"."selection_outcome" ("id" serial primary key, "organisation_key" varchar(80) not null, "round_id" varchar(80) not null, "kind" varchar(12) not null, "rank" varchar(100) not null, "characteristic" varchar(40) not null, "category" varchar(100) not null, "applicants" int not null, "successful" int not null, "batch_id" int not null);
create index "selection_outcome_round_id_index" on "people_culture"."selection_outcome" ("round_id");
alter table "people_culture"."selection_outcome" add constraint "selection_outcome_organisation_key_round_id_rank__db138_unique" unique ("organisation_key", "round_id", "rank", "characteristic", "category");
create table "people_culture"."skill_record" ("id" uuid not null, "organisation_key" varchar(80) not null, "member_ref" varchar(80) not null, "kind" varchar(20) not null, "value" varchar(200) not null, "consent_date" varchar(10) not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));
create index "skill_record_organisation_key_index" on "people_culture"."skill_record" ("organisation_key");
create index "skill_record_member_ref_index" on "people_culture"."skill_record" ("member_ref");
alter table "people_culture"."skill_record" add constraint "skill_record_organisation_key_member_ref_kind_value_unique" unique ("organisation_key", "member_ref", "kind", "value");
create table "people_culture"."workforce_headcount" ("id" serial primary key, "organisation_key" varchar(80) not null, "movement" varchar(10) not null, "date" varchar(10) not null, "workforce" varchar(10) not null, "rank" varchar(100) not null, "characteristic" varchar(40) not null, "category" varchar(100) not null, "headcount" int not null, "batch_id" int not null);
alter table "people_culture"."workforce_headcount" add constraint "workforce_headcount_organisation_key_movement_dat_f61a4_unique" unique ("organisation_key", "movement", "date", "workforce", "rank", "characteristic", "category");
alter table "people_culture"."staff_survey_action" add "plugin_version" varchar(50) null, add "strategy_key" varchar(80) null, add "archived" boolean not null default false;
create index "staff_survey_action_strategy_key_index" on "people_culture"."staff_survey_action" ("strategy_key");
`);
  }
}
