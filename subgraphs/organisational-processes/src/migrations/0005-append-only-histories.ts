import { Migration } from '@mikro-orm/migrations';

export class Migration0005AppendOnlyHistories extends Migration {
  override name = '0005-append-only-histories';

  override up(): void {
    this.addSql(`
create or replace function "organisational_processes"."duty_publication_duty_publication_append_only_fn"() returns trigger as $$ begin raise exception 'duty_publication is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;
create trigger "duty_publication_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."duty_publication" for each ROW execute function "organisational_processes"."duty_publication_duty_publication_append_only_fn"();
create or replace function "organisational_processes"."measurement_revision_measurement_revision_append_only_fn"() returns trigger as $$ begin raise exception 'measurement_revision is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;
create trigger "measurement_revision_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."measurement_revision" for each ROW execute function "organisational_processes"."measurement_revision_measurement_revision_append_only_fn"();
create or replace function "organisational_processes"."progress_update_progress_update_append_only_fn"() returns trigger as $$ begin raise exception 'progress_update is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;
create trigger "progress_update_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."progress_update" for each ROW execute function "organisational_processes"."progress_update_progress_update_append_only_fn"();
`);
  }
}
