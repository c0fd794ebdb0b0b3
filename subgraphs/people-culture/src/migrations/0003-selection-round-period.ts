import { Migration } from '@mikro-orm/migrations';

export class Migration0003SelectionRoundPeriod extends Migration {
  override name = '0003-selection-round-period';

  override up(): void {
    this.addSql(`
alter table "people_culture"."selection_outcome" add "period" varchar(10) null;
`);
  }
}
