import { normaliseOwnerName } from '@edhr/plugin-sdk';

/**
 * One owner as several cells write it: trimmed, runs of whitespace (non-breaking spaces
 * included) made one space, case-folded. Only spacing and case are merged by this; a plugin
 * declares the rest (`owners`: "Supt Johnson - SCI" is Supt Johnson), since telling roles apart
 * is not ours to guess.
 */
export const normaliseOwner = normaliseOwnerName;

/** A person or role a plugin declares: its id (`pluginId:key`), its name and every form that means it. */
export interface DeclaredForms {
  id: string;
  name: string;
  writtenAs: readonly string[];
}

export interface OwnerGroup<Item> {
  /** The first declared owner's id (by id), or `as-written:<normalised>` for an owner no plugin declares. */
  id: string;
  /** The declared name, or the most frequent written form; a tie goes to the form that sorts first (code points), so the choice never depends on load order. */
  name: string;
  normalised: string;
  /** Every form the items write, most frequent first. */
  writtenAs: string[];
  /** Every form that means the owner: the declared names and forms, then the written ones, each once. */
  aliases: string[];
  /** Ids of the declared owners merged into this one. */
  declaredAs: string[];
  /** Each item once, in the order given, however many of its entries name the owner. */
  items: Item[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const byCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Groups items by the owners they name, ordered by name (case-insensitively, then by code points).
 * The rule: two entries are one owner when their normalised forms are equal, or when declared
 * owners connect them — a declared owner joins its name and written forms, and two declared owners
 * sharing a form (in any plugin) are one. Declared owners are listed even when nothing names them.
 */
export function groupByOwner<Item>(
  items: readonly Item[],
  ownersOf: (item: Item) => readonly string[],
  declared: readonly DeclaredForms[] = [],
): OwnerGroup<Item>[] {
  const forms = new UnionFind();
  const declaredByForm = new Map<string, DeclaredForms[]>();
  for (const owner of declared) {
    const normalised = [owner.name, ...owner.writtenAs].map(normaliseOwner).filter((f) => f !== '');
    for (const form of normalised) {
      forms.union(normalised[0]!, form);
      declaredByForm.set(form, [...(declaredByForm.get(form) ?? []), owner]);
    }
  }
  const written = new Map<string, { counts: Map<string, number>; items: Set<Item> }>();
  for (const item of items) {
    for (const text of ownersOf(item)) {
      const normalised = normaliseOwner(text);
      if (normalised === '') continue;
      const root = forms.find(normalised);
      let group = written.get(root);
      if (!group) written.set(root, (group = { counts: new Map(), items: new Set() }));
      group.counts.set(text, (group.counts.get(text) ?? 0) + 1);
      group.items.add(item);
    }
  }
  const declaredByRoot = new Map<string, Map<string, DeclaredForms>>();
  for (const [form, owners] of declaredByForm) {
    const root = forms.find(form);
    const members = declaredByRoot.get(root) ?? new Map<string, DeclaredForms>();
    for (const owner of owners) members.set(owner.id, owner);
    declaredByRoot.set(root, members);
  }
  const roots = new Set([...written.keys(), ...declaredByRoot.keys()]);
  return [...roots]
    .map((root): OwnerGroup<Item> => {
      const group = written.get(root);
      const writtenAs = [...(group?.counts ?? [])].sort(([a, m], [b, n]) => n - m || byCodePoints(a, b)).map(([text]) => text);
      const members = [...(declaredByRoot.get(root)?.values() ?? [])].sort((a, b) => byCodePoints(a.id, b.id));
      const first = members[0];
      const name = first?.name ?? writtenAs[0]!;
      const aliases = [...new Set([...members.flatMap((m) => [m.name, ...m.writtenAs]), ...writtenAs])];
      return {
        id: first ? first.id : `as-written:${normaliseOwner(name)}`,
        name,
        normalised: normaliseOwner(name),
        writtenAs,
        aliases,
        declaredAs: members.map((m) => m.id),
        items: [...(group?.items ?? [])],
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || byCodePoints(a.name, b.name));
}

/** Disjoint sets of normalised forms; a form never added is its own set. */
class UnionFind {
  private readonly parent = new Map<string, string>();

  find(form: string): string {
    let root = form;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    // Path compression: the next find of these forms is one step.
    let node = form;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller form becomes the root, so the grouping never depends on input order.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
