import { Migration } from '@mikro-orm/migrations';

export class Migration0001Initial extends Migration {
  override name = '0001-initial';

  override up(): void {
    this.addSql(`
create table "people_culture"."staff_survey_action" ("id" uuid not null, "organisation_key" varchar(80) not null, "plugin_id" varchar(64) not null, "number" varchar(10) not null, "issue" text not null, "key_actions" text[] not null default '{}', "contact" text null, "local_owner" text null, "current_position" text null, "risks" text null, "recommendations" text null, "further_updates" text null, "outcome" text null, "version" int not null default 1, "updated_at" timestamptz not null, primary key ("id"));
create index "staff_survey_action_organisation_key_index" on "people_culture"."staff_survey_action" ("organisation_key");
alter table "people_culture"."staff_survey_action" add constraint "staff_survey_action_plugin_id_number_unique" unique ("plugin_id", "number");
`);
  }
}
