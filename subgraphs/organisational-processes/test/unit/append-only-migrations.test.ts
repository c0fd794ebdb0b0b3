import { describe, expect, it } from 'vitest';
import type { Migration } from '@mikro-orm/migrations';
import { appendOnlyTableSql, appendOnlyTableStatements } from '@edhr/kit';
import { Migration0005AppendOnlyHistories } from '../../src/migrations/0005-append-only-histories';
import { Migration0008EqiaBoardsEngagement } from '../../src/migrations/0008-eqia-boards-engagement';

const SCHEMA = 'organisational_processes';

/** The SQL a migration adds, without a database: up() only collects it. */
function queriesOf(migration: new (...args: never[]) => Migration): string[] {
  const instance = new migration(...([undefined, undefined] as unknown as never[]));
  void instance.up();
  return instance.getQueries().map(String);
}

describe("the kit's append-only helper writes what the released migrations ran", () => {
  it('0005: the three histories, byte for byte', () => {
    const tables = ['duty_publication', 'measurement_revision', 'progress_update'];
    expect(queriesOf(Migration0005AppendOnlyHistories)).toEqual([`\n${tables.map((t) => appendOnlyTableSql(SCHEMA, t)).join('\n')}\n`]);
  });

  it('0008: board meetings, engagement records and EQIA reviews, a statement at a time', () => {
    const expected = ['board_meeting', 'engagement_record', 'eqia_review'].flatMap((t) => appendOnlyTableStatements(SCHEMA, t));
    expect(queriesOf(Migration0008EqiaBoardsEngagement).slice(-expected.length)).toEqual(expected);
  });
});
