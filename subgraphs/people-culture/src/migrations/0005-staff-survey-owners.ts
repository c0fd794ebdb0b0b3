import { Migration } from '@mikro-orm/migrations';

export class Migration0005StaffSurveyOwners extends Migration {
  override name = '0005-staff-survey-owners';

  override up(): void {
    this.addSql(`alter table "people_culture"."staff_survey_action" add "contact_owner_id" varchar(160) null, add "local_owner_owner_id" varchar(160) null;`);
  }
}
