import type { Migration } from '@edhr/kit';

export const m0005: Migration = {
  name: '0005-periods',
  up: `
alter table "partners"."statistic" alter column "period" type varchar(20);
alter table "partners"."statistic" alter column "period_granularity" type varchar(20);
alter table "partners"."finding" alter column "period" type varchar(20);
`,
};
