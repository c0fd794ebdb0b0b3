/**
 * SQL for a foreign key between two tables of one subgraph's schema (never across schemas: a
 * subgraph reaches another's data only through its GraphQL API). The entities keep plain id
 * columns, so the keys live in migrations only; {@link isForeignKeyDrop} lets the migration
 * generator leave them alone.
 */
export interface ForeignKey {
  /** The child table and its column, e.g. `progress_update`.`action_id`. */
  table: string;
  column: string;
  /** The parent table and the column it is found by (its primary key or a unique column). */
  references: { table: string; column: string };
  /**
   * `restrict` refuses to delete a parent that still has children (history, audit, recorded
   * data: deleting the parent must not take them with it); `cascade` deletes the children with
   * it (only where they mean nothing alone, e.g. a tally derived from the parent).
   */
  onDelete: 'restrict' | 'cascade';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** MikroORM's name for a relation's key, so a key written here looks as one it would write. */
const SUFFIX = '_foreign';

export function foreignKeyName(key: ForeignKey): string {
  return `${key.table}_${key.column}${SUFFIX}`;
}

/**
 * Two statements: first a check that refuses, naming the table, the column and how many rows,
 * when rows already name a parent that does not exist (PostgreSQL's own refusal names only the
 * first row); then the constraint.
 *
 * The constraint is DEFERRABLE INITIALLY DEFERRED: a child's parent is checked at commit, not at
 * each statement, because without relations in the entities MikroORM does not order a flush's
 * inserts parent first. A RESTRICT delete is still refused at once.
 */
export function foreignKeyStatements(schema: string, key: ForeignKey): [string, string] {
  const names = { schema, table: key.table, column: key.column, 'references.table': key.references.table, 'references.column': key.references.column };
  for (const [what, name] of Object.entries(names)) {
    if (!IDENTIFIER.test(name)) throw new Error(`foreignKeyStatements: ${what} "${name}" is not a lower-case SQL identifier`);
  }
  const child = `"${schema}"."${key.table}"`;
  const parent = `"${schema}"."${key.references.table}"`;
  const name = foreignKeyName(key);
  const check =
    `do $$ declare orphans bigint; begin ` +
    `select count(*) into orphans from ${child} c where c."${key.column}" is not null and not exists (select 1 from ${parent} p where p."${key.references.column}" = c."${key.column}"); ` +
    `if orphans > 0 then raise exception 'cannot add foreign key ${name}: % rows of ${schema}.${key.table} have a ${key.column} that is in no row of ${schema}.${key.references.table} (${key.references.column}); correct or remove those rows, then migrate again', orphans; end if; ` +
    `end $$;`;
  const constraint =
    `alter table ${child} add constraint "${name}" foreign key ("${key.column}") references ${parent} ("${key.references.column}") ` +
    `on delete ${key.onDelete} deferrable initially deferred;`;
  return [check, constraint];
}

/**
 * Whether a statement of a MikroORM schema diff drops one of these keys: the entities do not
 * declare them, so every diff would, and the migration generator leaves such statements out.
 */
export function isForeignKeyDrop(sql: string): boolean {
  return new RegExp(`^alter table \\S+ drop constraint "[a-z0-9_]+${SUFFIX}";?$`).test(sql.trim());
}
