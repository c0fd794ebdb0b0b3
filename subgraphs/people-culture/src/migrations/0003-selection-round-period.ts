import type { Migration } from '@edhr/kit';

export const m0003: Migration = {
  name: '0003-selection-round-period',
  up: `
alter table "people_culture"."selection_outcome" add "period" varchar(10) null;
`,
};
