import { Migration } from '@mikro-orm/migrations';

export class Migration0003MeasurementRevisionsAndOutbox extends Migration {
  override name = '0003-measurement-revisions-and-outbox';

  override up(): void {
    this.addSql(`
create table "organisational_processes"."measurement_revision" ("id" uuid not null, "measurement_id" uuid not null, "kpi_id" uuid not null, "period" varchar(10) not null, "value" double precision not null, "source" varchar(500) not null, "note" text null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null, "correction_reason" text not null, "corrected_by" varchar(200) not null, "corrected_at" timestamptz not null, primary key ("id"));
create index "measurement_revision_measurement_id_index" on "organisational_processes"."measurement_revision" ("measurement_id");
create table "organisational_processes"."plugin_outbox" ("id" uuid not null, "plugin_id" varchar(64) not null, "plugin_version" varchar(50) not null, "target" varchar(64) not null, "payload" jsonb not null, "status" varchar(20) not null, "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "created_at" timestamptz not null, "delivered_at" timestamptz null, primary key ("id"));
create index "plugin_outbox_plugin_id_index" on "organisational_processes"."plugin_outbox" ("plugin_id");
create index "plugin_outbox_status_next_attempt_at_index" on "organisational_processes"."plugin_outbox" ("status", "next_attempt_at");
alter table "organisational_processes"."measurement" add "correction_reason" text null;
`);
  }
}
