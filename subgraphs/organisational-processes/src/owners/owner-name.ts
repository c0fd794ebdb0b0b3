/**
 * One owner as several cells write it: trimmed, runs of whitespace (non-breaking spaces
 * included) made one space, case-folded. Only spacing and case are merged; "Head of HR" and
 * "HR lead" stay two owners, since telling roles apart is not ours to guess.
 */
export function normaliseOwner(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface OwnerGroup<Item> {
  /** The most frequent written form; a tie goes to the form that sorts first (code points), so the choice never depends on load order. */
  name: string;
  normalised: string;
  /** Every written form, most frequent first. */
  writtenAs: string[];
  /** Each item once, in the order given, however many of its entries name the owner. */
  items: Item[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Groups items by the owners they name, ordered by name (case-insensitively, then by code points). */
export function groupByOwner<Item>(items: readonly Item[], ownersOf: (item: Item) => readonly string[]): OwnerGroup<Item>[] {
  const groups = new Map<string, { counts: Map<string, number>; items: Set<Item> }>();
  for (const item of items) {
    for (const written of ownersOf(item)) {
      const normalised = normaliseOwner(written);
      if (normalised === '') continue;
      let group = groups.get(normalised);
      if (!group) groups.set(normalised, (group = { counts: new Map(), items: new Set() }));
      group.counts.set(written, (group.counts.get(written) ?? 0) + 1);
      group.items.add(item);
    }
  }
  return [...groups]
    .map(([normalised, group]) => {
      const writtenAs = [...group.counts]
        .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
        .map(([written]) => written);
      return { name: writtenAs[0]!, normalised, writtenAs, items: [...group.items] };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
