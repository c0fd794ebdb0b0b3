/** A PostgreSQL identifier quoted, its own double quotes doubled. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A table's name in SQL, with its schema. */
export const qualifiedName = (schema: string, table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;
