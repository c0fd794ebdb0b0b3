import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { ThemeEntity } from './theme.entity';
import { toThemeType } from './theme.mapping';

export const themesByStrategy = (context: SubgraphContext) =>
  rowsBy(context, ThemeEntity, 'strategyId', toThemeType, { orderBy: { position: 'asc' } });
