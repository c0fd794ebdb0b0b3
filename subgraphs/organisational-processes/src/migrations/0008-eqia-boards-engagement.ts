import { Migration } from '@mikro-orm/migrations';

export class Migration0008EqiaBoardsEngagement extends Migration {
  override name = '0008-eqia-boards-engagement';

  override up(): void {
    this.addSql(`create table "organisational_processes"."board_meeting" ("id" uuid not null, "body_id" uuid not null, "held_on" date not null, "decisions" jsonb not null, "actions_arising" jsonb not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "board_meeting_body_id_index" on "organisational_processes"."board_meeting" ("body_id");`);
    this.addSql(`alter table "organisational_processes"."board_meeting" add constraint "board_meeting_body_id_held_on_unique" unique ("body_id", "held_on");`);

    this.addSql(`create table "organisational_processes"."engagement_record" ("id" uuid not null, "plugin_id" varchar(64) null, "key" varchar(80) null, "organisation_key" varchar(80) not null, "held_on" date null, "held_as_written" varchar(300) null, "group_kind" varchar(40) not null, "group_name" varchar(300) not null, "topic" text not null, "characteristics" text[] not null default '{}', "outcome" text null, "objective_ids" text[] not null default '{}', "eqia_ids" text[] not null default '{}', "source_location" varchar(300) null, "source_quote" text null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "engagement_record_organisation_key_index" on "organisational_processes"."engagement_record" ("organisation_key");`);
    this.addSql(`alter table "organisational_processes"."engagement_record" add constraint "engagement_record_plugin_id_key_unique" unique ("plugin_id", "key");`);

    this.addSql(`create table "organisational_processes"."eqia" ("id" uuid not null, "plugin_id" varchar(64) null, "key" varchar(80) null, "organisation_key" varchar(80) not null, "strategy_id" uuid null, "title" varchar(300) not null, "kind" varchar(20) not null, "owner" varchar(300) null, "stage" varchar(20) not null, "completed_on" date null, "due_as_written" varchar(300) null, "due_date" date null, "impacts" jsonb not null, "consultation" text null, "decision" varchar(20) null, "justification" text null, "mitigation_action_ids" text[] not null default '{}', "objective_ids" text[] not null default '{}', "finding_ids" text[] not null default '{}', "review_due" date null, "last_reviewed_on" date null, "source_location" varchar(300) null, "source_quote" text null, "version" int not null default 1, "created_by" varchar(200) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "eqia_organisation_key_index" on "organisational_processes"."eqia" ("organisation_key");`);
    this.addSql(`create index "eqia_strategy_id_index" on "organisational_processes"."eqia" ("strategy_id");`);
    this.addSql(`alter table "organisational_processes"."eqia" add constraint "eqia_plugin_id_key_unique" unique ("plugin_id", "key");`);

    this.addSql(`create table "organisational_processes"."eqia_review" ("id" uuid not null, "eqia_id" uuid not null, "reviewed_on" date not null, "outcome" text not null, "decision" varchar(20) null, "next_review_due" date null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "eqia_review_eqia_id_index" on "organisational_processes"."eqia_review" ("eqia_id");`);

    this.addSql(`alter table "organisational_processes"."duty_publication" add "covers_year" int null;`);

    this.addSql(`create or replace function "organisational_processes"."board_meeting_board_meeting_append_only_fn"() returns trigger as $$ begin raise exception 'board_meeting is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "board_meeting_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."board_meeting" for each ROW execute function "organisational_processes"."board_meeting_board_meeting_append_only_fn"();`);

    this.addSql(`create or replace function "organisational_processes"."engagement_record_engagement_record_append_only_fn"() returns trigger as $$ begin raise exception 'engagement_record is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "engagement_record_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."engagement_record" for each ROW execute function "organisational_processes"."engagement_record_engagement_record_append_only_fn"();`);

    this.addSql(`create or replace function "organisational_processes"."eqia_review_eqia_review_append_only_fn"() returns trigger as $$ begin raise exception 'eqia_review is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;`);
    this.addSql(`create trigger "eqia_review_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."eqia_review" for each ROW execute function "organisational_processes"."eqia_review_eqia_review_append_only_fn"();`);
  }
}
