import { describe, expect, it } from 'vitest';
import { groupByOwner } from '../../src/model/owners/owner-name';

describe('groupByOwner', () => {
  const items = [
    { id: 'dp-01', owners: ['Supt Johnson - SCI', 'Supt Westlake'] },
    { id: 'dp-05', owners: ['Supt Johnson', 'Chief Supt Byrne'] },
    { id: 'dp-06', owners: ['supt johnson - hate crime silver'] },
    { id: 'dp-19', owners: ['Chief Superintendent  Byrne'] },
  ];
  const ownersOf = (item: { owners: string[] }) => item.owners;
  const johnson = { id: 'theme-1:supt-johnson', name: 'Supt Johnson', writtenAs: ['Supt Johnson - SCI', 'Supt Johnson - Hate Crime Silver'] };
  const byrne = { id: 'plan:cs-jo-byrne', name: 'CS Jo Byrne', writtenAs: ['Chief Supt Byrne', 'Chief Superintendent Byrne'] };

  it('merges only spacing and case when nothing is declared', () => {
    const groups = groupByOwner(items, ownersOf);
    expect(groups.map((g) => [g.id, g.name])).toEqual([
      ['as-written:chief superintendent byrne', 'Chief Superintendent  Byrne'],
      ['as-written:chief supt byrne', 'Chief Supt Byrne'],
      ['as-written:supt johnson', 'Supt Johnson'],
      ['as-written:supt johnson - hate crime silver', 'supt johnson - hate crime silver'],
      ['as-written:supt johnson - sci', 'Supt Johnson - SCI'],
      ['as-written:supt westlake', 'Supt Westlake'],
    ]);
  });

  it('makes the declared written forms of a person one owner, keeping each form as written', () => {
    const groups = groupByOwner(items, ownersOf, [johnson, byrne]);
    expect(groups.map((g) => g.name)).toEqual(['CS Jo Byrne', 'Supt Johnson', 'Supt Westlake']);
    const supt = groups.find((g) => g.name === 'Supt Johnson')!;
    expect(supt).toMatchObject({ id: 'theme-1:supt-johnson', normalised: 'supt johnson', declaredAs: ['theme-1:supt-johnson'] });
    expect(supt.items.map((i) => i.id)).toEqual(['dp-01', 'dp-05', 'dp-06']);
    expect(supt.writtenAs).toEqual(['Supt Johnson', 'Supt Johnson - SCI', 'supt johnson - hate crime silver']);
    expect(supt.aliases).toEqual(['Supt Johnson', 'Supt Johnson - SCI', 'Supt Johnson - Hate Crime Silver', 'supt johnson - hate crime silver']);
    expect(groups.find((g) => g.name === 'CS Jo Byrne')!.items.map((i) => i.id)).toEqual(['dp-05', 'dp-19']);
  });

  it('lists a declared owner nothing names, and joins two plugins\' declarations sharing a form under the first id', () => {
    const other = { id: 'another:byrne', name: 'Jo Byrne', writtenAs: ['CS Jo Byrne'] };
    const groups = groupByOwner([], ownersOf, [other, byrne]);
    expect(groups).toEqual([
      {
        id: 'another:byrne',
        name: 'Jo Byrne',
        normalised: 'jo byrne',
        writtenAs: [],
        aliases: ['Jo Byrne', 'CS Jo Byrne', 'Chief Supt Byrne', 'Chief Superintendent Byrne'],
        declaredAs: ['another:byrne', 'plan:cs-jo-byrne'],
        items: [],
      },
    ]);
    // The same whatever the order the declarations come in.
    expect(groupByOwner([], ownersOf, [byrne, other])).toEqual(groups);
  });
});
