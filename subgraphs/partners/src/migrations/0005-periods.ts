import { Migration } from '@mikro-orm/migrations';

export class Migration0005Periods extends Migration {
  override name = '0005-periods';

  override up(): void {
    this.addSql(`
alter table "partners"."statistic" alter column "period" type varchar(20);
alter table "partners"."statistic" alter column "period_granularity" type varchar(20);
alter table "partners"."finding" alter column "period" type varchar(20);
`);
  }
}
