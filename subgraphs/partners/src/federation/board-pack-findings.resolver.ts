import { Ctx, Directive, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { loader, requireRole, type SubgraphContext } from '@edhr/kit';
import { FindingEntity, type Finding } from '../findings/finding.entity';
import { FindingType } from '../findings/finding.type';
import { toFindingType } from '../findings/finding.mapping';
import { BoardPackReference, EqiaReference } from './equality-information.type';

/** The force's own people, who see findings exactly. */
const READERS = ['staff', 'admin', 'theme-owner'] as const;

@Resolver(() => BoardPackReference)
export class BoardPackFindingsResolver {
  @FieldResolver(() => [FindingType], { description: 'Findings of the pack\'s area still OPEN (neither explained nor reformed). Staff, theme owners and admins.' })
  @Directive('@requires(fields: "areaCode")')
  async openFindings(@Root() pack: BoardPackReference, @Ctx() context: SubgraphContext): Promise<FindingType[]> {
    requireRole(context, ...READERS);
    if (!pack.areaCode) return [];
    const rows = await context.em.find(FindingEntity, { area: pack.areaCode, status: 'OPEN' }, { orderBy: { dataset: 'asc', period: 'asc', characteristic: 'asc', category: 'asc' } });
    return rows.map((row) => toFindingType(row));
  }
}

@Resolver(() => EqiaReference)
export class EqiaFindingsResolver {
  @FieldResolver(() => [FindingType], { description: 'The explain-or-reform findings it names that exist. Staff, theme owners and admins.' })
  @Directive('@requires(fields: "findingIds")')
  async findings(@Root() eqia: EqiaReference, @Ctx() context: SubgraphContext): Promise<FindingType[]> {
    requireRole(context, ...READERS);
    const ids = eqia.findingIds ?? [];
    const byId = await findingsById(context, ids);
    return ids.flatMap((id) => (byId.has(id) ? [toFindingType(byId.get(id)!)] : []));
  }

  @FieldResolver(() => [ID], { description: 'Finding ids it names that no finding has (e.g. mistyped): shown, not dropped. Staff, theme owners and admins.' })
  @Directive('@requires(fields: "findingIds")')
  async unknownFindingIds(@Root() eqia: EqiaReference, @Ctx() context: SubgraphContext): Promise<string[]> {
    requireRole(context, ...READERS);
    const ids = eqia.findingIds ?? [];
    const byId = await findingsById(context, ids);
    return ids.filter((id) => !byId.has(id));
  }
}

/** One statement per request for every EQIA's findings. */
function findingsById(context: SubgraphContext, ids: readonly string[]): Promise<Map<string, Finding>> {
  return loader<'all', Map<string, Finding>>(context, `finding.byIds:${ids.join(',')}`, async (keys) => {
    const rows = ids.length === 0 ? [] : await context.em.find(FindingEntity, { id: { $in: [...ids] } });
    const map = new Map(rows.map((r) => [r.id, r]));
    return keys.map(() => map);
  }).load('all');
}

export const boardPackReference = { __resolveReference: (reference: BoardPackReference) => reference };
export const eqiaReference = { __resolveReference: (reference: EqiaReference) => reference };
