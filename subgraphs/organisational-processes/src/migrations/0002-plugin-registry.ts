import { Migration } from '@mikro-orm/migrations';

export class Migration0002PluginRegistry extends Migration {
  override name = '0002-plugin-registry';

  override up(): void {
    this.addSql(`
create table "organisational_processes"."delivery_action" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "theme_id" uuid null, "objective_id" uuid null, "reference" varchar(40) not null, "title" varchar(300) null, "actions" jsonb not null, "characteristics_as_written" varchar(300) not null, "characteristics" text[] not null, "owners" text[] not null, "owners_as_written" text null, "due_as_written" varchar(300) null, "due_date" date null, "status" varchar(20) not null, "risks" jsonb not null, "staff_survey_actions" text[] not null, "archived" boolean not null default false, "position" int not null, primary key ("id"));
create index "delivery_action_strategy_id_index" on "organisational_processes"."delivery_action" ("strategy_id");
create index "delivery_action_theme_id_index" on "organisational_processes"."delivery_action" ("theme_id");
create index "delivery_action_objective_id_index" on "organisational_processes"."delivery_action" ("objective_id");
alter table "organisational_processes"."delivery_action" add constraint "delivery_action_plugin_id_key_unique" unique ("plugin_id", "key");
create table "organisational_processes"."governance_body" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "organisation_key" varchar(80) not null, "name" varchar(300) not null, "kind" varchar(40) not null, "description" text null, "chair" varchar(300) null, "reports_to_key" varchar(80) null, "position" int not null, primary key ("id"));
create index "governance_body_organisation_key_index" on "organisational_processes"."governance_body" ("organisation_key");
alter table "organisational_processes"."governance_body" add constraint "governance_body_plugin_id_key_unique" unique ("plugin_id", "key");
create table "organisational_processes"."kpi" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "theme_id" uuid null, "objective_ref" varchar(160) null, "name" varchar(300) not null, "description" text null, "unit" varchar(20) not null, "direction" varchar(10) not null, "baseline_value" double precision null, "baseline_period" varchar(10) null, "target_value" double precision null, "target_date" date null, "frequency" varchar(20) not null, "amber_tolerance" double precision not null, "measured_by" jsonb not null, "status" varchar(20) not null, "owners" text[] not null, "characteristics" text[] not null, "archived" boolean not null default false, "position" int not null, primary key ("id"));
create index "kpi_strategy_id_index" on "organisational_processes"."kpi" ("strategy_id");
create index "kpi_theme_id_index" on "organisational_processes"."kpi" ("theme_id");
create index "kpi_objective_ref_index" on "organisational_processes"."kpi" ("objective_ref");
alter table "organisational_processes"."kpi" add constraint "kpi_plugin_id_key_unique" unique ("plugin_id", "key");
create table "organisational_processes"."measurement" ("id" uuid not null, "kpi_id" uuid not null, "period" varchar(10) not null, "value" double precision not null, "source" varchar(500) not null, "note" text null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));
alter table "organisational_processes"."measurement" add constraint "measurement_kpi_id_period_unique" unique ("kpi_id", "period");
create table "organisational_processes"."objective" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "theme_id" uuid null, "code" varchar(40) null, "kind" varchar(40) not null, "title" varchar(300) null, "statement" text not null, "parent_key" varchar(80) null, "owners" text[] not null, "characteristics" text[] not null, "details" jsonb not null, "archived" boolean not null default false, "position" int not null, primary key ("id"));
create index "objective_strategy_id_index" on "organisational_processes"."objective" ("strategy_id");
create index "objective_theme_id_index" on "organisational_processes"."objective" ("theme_id");
alter table "organisational_processes"."objective" add constraint "objective_plugin_id_key_unique" unique ("plugin_id", "key");
create table "organisational_processes"."plugin" ("id" uuid not null, "plugin_id" varchar(64) not null, "version" varchar(50) not null, "name" varchar(200) not null, "source_kind" varchar(20) not null, "source_ref" varchar(500) not null, "manifest" jsonb not null, "warnings" jsonb not null, "enabled" boolean not null default true, "registered_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
alter table "organisational_processes"."plugin" add constraint "plugin_plugin_id_unique" unique ("plugin_id");
create table "organisational_processes"."progress_update" ("id" uuid not null, "action_id" uuid not null, "text" text not null, "date" date null, "recorded_at" timestamptz not null, "sequence" int not null, primary key ("id"));
create index "progress_update_action_id_index" on "organisational_processes"."progress_update" ("action_id");
create table "organisational_processes"."strategy" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "organisation_key" varchar(80) not null, "title" varchar(300) not null, "vision" text null, "values" jsonb not null, "period_from" date null, "period_to" date null, "review_cycle" varchar(300) null, "introduction" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));
create index "strategy_plugin_id_index" on "organisational_processes"."strategy" ("plugin_id");
alter table "organisational_processes"."strategy" add constraint "strategy_key_unique" unique ("key");
create index "strategy_organisation_key_index" on "organisational_processes"."strategy" ("organisation_key");
create table "organisational_processes"."theme" ("id" uuid not null, "plugin_id" varchar(64) not null, "key" varchar(80) not null, "strategy_id" uuid not null, "code" varchar(20) null, "name" varchar(300) not null, "domain" varchar(40) not null, "aims" jsonb not null, "lead" varchar(300) null, "position" int not null, primary key ("id"));
create index "theme_strategy_id_index" on "organisational_processes"."theme" ("strategy_id");
alter table "organisational_processes"."theme" add constraint "theme_plugin_id_key_unique" unique ("plugin_id", "key");
`);
  }
}
