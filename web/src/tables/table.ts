import { stringify } from 'csv-stringify/sync';

/** A cell: its text is what the page shows and what the CSV holds; a link or tag only dresses it. */
export type TableCell = string | { text: string; href?: string; tag?: TagColour };

export type TagColour = 'green' | 'yellow' | 'red' | 'grey' | 'blue' | 'orange' | 'purple' | 'light-blue' | 'pink' | 'turquoise';

/** A table of a page; its CSV download is made from the same value, so the two cannot disagree. */
export interface Table {
  id: string;
  caption: string;
  head: string[];
  rows: TableCell[][];
  /** Columns holding numbers, right-aligned as GOV.UK tables do. */
  numeric?: boolean[];
  csvHref?: string;
}

export const cellText = (cell: TableCell): string => (typeof cell === 'string' ? cell : cell.text);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function cellHtml(cell: TableCell): string {
  if (typeof cell === 'string') return escapeHtml(cell);
  const text = escapeHtml(cell.text);
  if (cell.tag) return `<strong class="govuk-tag govuk-tag--${cell.tag}">${text}</strong>`;
  if (cell.href) return `<a class="govuk-link" href="${escapeHtml(cell.href)}">${text}</a>`;
  return text;
}

/** The cells as govuk-frontend's table macro takes them. */
export function toGovukTable(table: Table) {
  const format = (index: number) => (table.numeric?.[index] ? 'numeric' : undefined);
  return {
    ...table,
    headCells: table.head.map((text, index) => ({ text, format: format(index) })),
    bodyCells: table.rows.map((row) => row.map((cell, index) => ({ html: cellHtml(cell), format: format(index) }))),
  };
}

/** RFC 4180 CSV with a header row: exactly the texts the page's table shows. */
export function toCsv(table: Table): string {
  return stringify([table.head, ...table.rows.map((row) => row.map(cellText))], { record_delimiter: '\r\n' });
}
