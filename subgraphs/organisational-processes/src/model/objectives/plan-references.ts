/** What the rule needs of a delivery-plan row. */
export interface PlanRow {
  reference: string;
  /** Row id of the objective the row is linked to, or null. */
  objectiveId: string | null;
}

/** What the rule needs of an objective. */
export interface ReferencedObjective {
  rowId: string;
  code: string | null;
}

/**
 * The references a strategy's delivery plan writes for an objective, in the plan's numbering,
 * which is what the staff-survey plan uses too: the written reference of every plan row linked to
 * the objective, and the objective's own code unless some plan row is written with that code and
 * linked elsewhere or nowhere (then the plan means something else by it). With no plan rows at
 * all, that is just the code.
 *
 * WMP: plan rows 3.3 (EQIA), 3.4, 3.5 and 3.6 are linked to the strategy's 3.2, 3.3, 3.4 and 3.5,
 * and the plan's 3.2 (Equality Standard) to nothing, so 3.2 → ["3.3"], 3.3 → ["3.4"], 3.5 → ["3.6"].
 */
export function planReferences(objective: ReferencedObjective, rows: readonly PlanRow[]): string[] {
  const references = new Set<string>();
  for (const row of rows) if (row.objectiveId === objective.rowId) references.add(row.reference);
  const code = objective.code;
  if (code && !rows.some((row) => row.reference === code && row.objectiveId !== objective.rowId)) references.add(code);
  return [...references].sort(byCode);
}

const collator = new Intl.Collator('en-GB', { numeric: true });
function byCode(a: string, b: string): number {
  return collator.compare(a, b);
}
