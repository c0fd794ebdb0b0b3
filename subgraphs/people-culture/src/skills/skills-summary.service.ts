import type { EntityManager } from '@mikro-orm/postgresql';
import { suppressCategories } from '@edhr/statistics';
import { SkillKind } from './skill-kind.enum';
import type { SkillKindSummaryType, SkillsSummaryType } from './skills-summary.type';

/** Counts below this are withheld: a register of named skills can single people out. */
export const SKILLS_SUPPRESSION_THRESHOLD = 5;

export async function skillsSummary(em: EntityManager, organisation: string): Promise<SkillsSummaryType> {
  const rows: { kind: SkillKind; value: string; n: string }[] = await em.execute(
    `select kind, value, count(*) as n from "people_culture"."skill_record" where organisation_key = ? group by kind, value order by kind, value`,
    [organisation],
  );
  const kinds = Object.values(SkillKind).map((kind): SkillKindSummaryType => {
    const counts = rows.filter((r) => r.kind === kind).map((r) => ({ category: r.value, count: Number(r.n) }));
    if (counts.length === 0) return { kind, total: 0, values: [] };
    const suppressed = suppressCategories(counts, { threshold: SKILLS_SUPPRESSION_THRESHOLD });
    if (!suppressed.computable) return { kind, total: null, values: [] };
    const total = suppressed.total ?? 0;
    return {
      kind,
      // The total is withheld too when it is itself a small number.
      total: total > 0 && total < SKILLS_SUPPRESSION_THRESHOLD ? null : total,
      values: suppressed.categories.map((c) => ({ value: c.category, count: c.value, suppressed: c.suppressed, reason: c.reason })),
    };
  });
  return { organisation, threshold: SKILLS_SUPPRESSION_THRESHOLD, kinds };
}
