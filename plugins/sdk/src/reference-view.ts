import { z } from 'zod';

/**
 * The parts of a manifest the reference checks read, taken leniently from whatever was sent:
 * a value of the wrong type becomes absent and a list item that is not an object becomes empty,
 * with positions kept. So references are checked, and reported with their paths, in the same
 * run as schema problems, not only once the schema problems are fixed.
 */
const str = z.string().optional().catch(undefined);
/** Items are `loose` objects, which stand in for anything that is not an object themselves. */
const list = <Item extends z.ZodType>(item: Item) => z.array(item).catch([]);
const loose = <Shape extends z.ZodRawShape>(shape: Shape) => {
  const object = z.looseObject(shape);
  return object.catch(() => object.parse({}));
};

const objective = loose({ key: str, code: str, parent: str });
const kpi = loose({
  key: str,
  objective: str,
  measurements: list(loose({ period: str })),
  measuredBy: loose({ kind: str, query: str, selector: str, variables: z.record(z.string(), z.unknown()).catch({}).optional() }).optional(),
});
const action = loose({ key: str, objective: str, reference: str, dueAsWritten: str });

export const referenceViewSchema = loose({
    id: str,
    replaces: str,
    dependsOn: list(loose({ id: str, version: str })),
    strategy: loose({ key: str, extends: str, title: str, objectives: list(objective), kpis: list(kpi) }),
    themes: list(loose({ key: str, objectives: list(objective), kpis: list(kpi), actions: list(action) })),
    actions: list(action),
    governance: list(loose({ key: str, reportsTo: str })),
    staffSurveyActions: list(loose({ number: str, contact: str, localOwner: str })),
    owners: list(loose({ key: str, name: str, writtenAs: list(z.string()) })),
    eqias: list(
      loose({
        key: str,
        stage: str,
        completedOn: str,
        objectives: list(z.string()),
        mitigations: list(z.string()),
        impacts: list(loose({ characteristic: str })),
      }),
    ),
    engagements: list(loose({ key: str, objectives: list(z.string()), eqias: list(z.string()) })),
});

export type ReferenceView = z.output<typeof referenceViewSchema>;
export type ObjectiveView = z.output<typeof objective>;
export type KpiView = z.output<typeof kpi>;
export type ActionView = z.output<typeof action>;

/** Every objective, KPI and action of a view, with the path of each. */
export function itemsOf(view: ReferenceView) {
  return {
    objectives: [
      ...view.strategy.objectives.map((o, i) => ({ o, path: `strategy.objectives[${i}]` })),
      ...view.themes.flatMap((t, ti) => t.objectives.map((o, i) => ({ o, path: `themes[${ti}].objectives[${i}]` }))),
    ],
    kpis: [
      ...view.strategy.kpis.map((k, i) => ({ k, path: `strategy.kpis[${i}]` })),
      ...view.themes.flatMap((t, ti) => t.kpis.map((k, i) => ({ k, path: `themes[${ti}].kpis[${i}]` }))),
    ],
    actions: [
      ...view.actions.map((a, i) => ({ a, path: `actions[${i}]` })),
      ...view.themes.flatMap((t, ti) => t.actions.map((a, i) => ({ a, path: `themes[${ti}].actions[${i}]` }))),
    ],
  };
}
