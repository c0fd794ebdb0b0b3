import type { SubgraphContext } from '@edhr/kit';
import { rowBy, rowsBy } from '../loading/rows-by';
import { ThemeEntity } from './theme.entity';
import { toThemeType } from './theme.mapping';

/** Current themes; those a later plugin version dropped are archived and left out. */
export const themesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, ThemeEntity, 'strategyId', toThemeType, { where: { archived: false }, orderBy: { pluginId: 'asc', position: 'asc' } });

/** Archived ones too, for `includeArchived: true`. */
export const allThemesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, ThemeEntity, 'strategyId', toThemeType, { orderBy: { pluginId: 'asc', position: 'asc' } });

/** By row id, archived ones too (`includeArchived` shows them); null when its plugin is disabled. */
export const themeByRowId = (context: SubgraphContext) => rowBy(context, ThemeEntity, 'id', toThemeType);
