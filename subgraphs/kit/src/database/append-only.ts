/**
 * SQL that makes a history or audit table append-only: a row trigger refuses every UPDATE and
 * DELETE, so not even a bug or a hand-run statement rewrites what was recorded. Names follow
 * MikroORM's trigger convention — trigger `<table>_append_only`, function
 * `<table>_<table>_append_only_fn` in the same schema — as the triggers written before this
 * helper did, so its output is the same SQL those migrations ran.
 */
export interface AppendOnlyOptions {
  /** What PostgreSQL raises; by default `<table> is append-only: rows cannot be updated or deleted`. */
  message?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** The two statements: create (or replace) the refusing function, then the trigger that calls it. */
export function appendOnlyTableStatements(schema: string, table: string, options: AppendOnlyOptions = {}): [string, string] {
  for (const [what, name] of [['schema', schema], ['table', table]] as const) {
    if (!IDENTIFIER.test(name)) throw new Error(`appendOnlyTableSql: ${what} "${name}" is not a lower-case SQL identifier`);
  }
  const message = options.message ?? `${table} is append-only: rows cannot be updated or deleted`;
  // The message sits in a single-quoted literal inside a $$-quoted body.
  if (message.includes('$$')) throw new Error('appendOnlyTableSql: the message cannot contain "$$"');
  const literal = `'${message.replaceAll("'", "''")}'`;
  const trigger = `${table}_append_only`;
  const fn = `"${schema}"."${table}_${trigger}_fn"`;
  return [
    `create or replace function ${fn}() returns trigger as $$ begin raise exception ${literal}; end; $$ language plpgsql;`,
    `create trigger "${trigger}" BEFORE UPDATE OR DELETE on "${schema}"."${table}" for each ROW execute function ${fn}();`,
  ];
}

/** {@link appendOnlyTableStatements} as one piece of SQL, a statement a line. */
export function appendOnlyTableSql(schema: string, table: string, options: AppendOnlyOptions = {}): string {
  return appendOnlyTableStatements(schema, table, options).join('\n');
}
