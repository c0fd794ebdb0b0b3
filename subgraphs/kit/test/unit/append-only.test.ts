import { describe, expect, it } from 'vitest';
import { appendOnlyTableSql, appendOnlyTableStatements } from '../../src';

describe('appendOnlyTableSql', () => {
  it('writes the refusing function and its trigger, in the table’s schema', () => {
    expect(appendOnlyTableSql('organisational_processes', 'progress_update')).toBe(
      `create or replace function "organisational_processes"."progress_update_progress_update_append_only_fn"() returns trigger as $$ begin raise exception 'progress_update is append-only: rows cannot be updated or deleted'; end; $$ language plpgsql;\n` +
        `create trigger "progress_update_append_only" BEFORE UPDATE OR DELETE on "organisational_processes"."progress_update" for each ROW execute function "organisational_processes"."progress_update_progress_update_append_only_fn"();`,
    );
  });

  it('takes a message of its own, quoted for SQL', () => {
    const [fn, trigger] = appendOnlyTableStatements('partners', 'audit_entry', { message: "the audit's entries cannot be changed" });
    expect(fn).toBe(
      `create or replace function "partners"."audit_entry_audit_entry_append_only_fn"() returns trigger as $$ begin raise exception 'the audit''s entries cannot be changed'; end; $$ language plpgsql;`,
    );
    expect(trigger).toBe(
      `create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "partners"."audit_entry" for each ROW execute function "partners"."audit_entry_audit_entry_append_only_fn"();`,
    );
  });

  it('refuses names and messages it cannot write safely', () => {
    expect(() => appendOnlyTableSql('partners', 'audit"; drop table x; --')).toThrow(/table "audit"; drop table x; --" is not a lower-case SQL identifier/);
    expect(() => appendOnlyTableSql('Partners', 'audit_entry')).toThrow(/schema "Partners"/);
    expect(() => appendOnlyTableSql('partners', 'audit_entry', { message: 'end $$ here' })).toThrow(/cannot contain "\$\$"/);
  });
});
