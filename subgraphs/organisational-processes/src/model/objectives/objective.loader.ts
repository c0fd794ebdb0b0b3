import type { SubgraphContext } from '@edhr/kit';
import { rowBy, rowsBy } from '../loading/rows-by';
import { rowsByQualifiedKey } from '../loading/rows-by-qualified-key';
import { ObjectiveEntity } from './objective.entity';
import { toObjectiveType } from './objective.mapping';

// Plugin first: a strategy's themes and their items may come from several plugins, each numbering from 0.
const current = { where: { archived: false }, orderBy: { pluginId: 'asc', position: 'asc' } } as const;

/** Strategy-level objectives: those filed under no theme. */
export const objectivesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, ObjectiveEntity, 'strategyId', toObjectiveType, { ...current, where: { archived: false, themeId: null } });

/** Every current objective filed under the theme, in document order; `parent`/`children` give the hierarchy. */
export const objectivesByTheme = (context: SubgraphContext) =>
  rowsBy(context, ObjectiveEntity, 'themeId', toObjectiveType, current);

export const objectiveByRowId = (context: SubgraphContext) => rowBy(context, ObjectiveEntity, 'id', toObjectiveType);

/** By GraphQL id `pluginId:key`; archived ones too, so a link to one still resolves. */
export const objectiveByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, ObjectiveEntity, 'key', toObjectiveType);

/** Children by the parent's GraphQL id. */
export const objectiveChildren = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, ObjectiveEntity, 'parentKey', toObjectiveType, { archived: false });
