import { describe, expect, it } from 'vitest';
import { toCsv, toGovukTable, type Table } from './table';

const table: Table = {
  id: 'rates',
  caption: 'Rates',
  head: ['Group', 'Searches', 'Note'],
  rows: [
    [{ text: 'Black', href: '/x?a=1&b=2' }, '149', 'says "hello", then <goes>'],
    ['White', { text: 'Green', tag: 'green' }, ''],
  ],
  numeric: [false, true, false],
};

describe('tables and their CSV', () => {
  it('writes the texts of the cells, quoted where RFC 4180 needs it', () => {
    expect(toCsv(table)).toBe('Group,Searches,Note\r\nBlack,149,"says ""hello"", then <goes>"\r\nWhite,Green,\r\n');
  });

  it('escapes cell text for the page and dresses links and tags', () => {
    const { headCells, bodyCells } = toGovukTable(table);
    expect(headCells).toEqual([{ text: 'Group' }, { text: 'Searches', format: 'numeric' }, { text: 'Note' }]);
    expect(bodyCells[0]).toEqual([
      { html: '<a class="govuk-link" href="/x?a=1&amp;b=2">Black</a>' },
      { html: '149', format: 'numeric' },
      { html: 'says &quot;hello&quot;, then &lt;goes&gt;' },
    ]);
    expect(bodyCells[1]?.[1]).toEqual({ html: '<strong class="govuk-tag govuk-tag--green">Green</strong>', format: 'numeric' });
  });
});
