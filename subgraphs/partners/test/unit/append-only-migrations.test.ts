import { describe, expect, it } from 'vitest';
import type { Migration } from '@mikro-orm/migrations';
import { appendOnlyTableSql } from '@edhr/kit';
import { Migration0002SharedStatistics } from '../../src/migrations/0002-shared-statistics';
import { Migration0003Findings } from '../../src/migrations/0003-findings';

/** The SQL a migration adds, without a database: up() only collects it. */
function queriesOf(migration: new (...args: never[]) => Migration): string[] {
  const instance = new migration(...([undefined, undefined] as unknown as never[]));
  void instance.up();
  return instance.getQueries().map(String);
}

describe("the kit's append-only helper writes what the released migrations ran", () => {
  it('0002: the audit of partner queries, with its own message, ends the migration', () => {
    const [sql] = queriesOf(Migration0002SharedStatistics);
    const trigger = appendOnlyTableSql('partners', 'audit_entry', { message: 'audit entries are append-only and cannot be changed or deleted' });
    expect(sql!.endsWith(`\n${trigger}\n`)).toBe(true);
  });

  it('0003: finding explanations, with their own message, end the migration', () => {
    const [sql] = queriesOf(Migration0003Findings);
    const trigger = appendOnlyTableSql('partners', 'finding_explanation', {
      message: 'finding explanations are append-only and cannot be changed or deleted',
    });
    expect(sql!.endsWith(`\n${trigger}\n`)).toBe(true);
  });
});
