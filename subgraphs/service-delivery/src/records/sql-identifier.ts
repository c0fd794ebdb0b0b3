/** A PostgreSQL identifier quoted, its own double quotes doubled. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
