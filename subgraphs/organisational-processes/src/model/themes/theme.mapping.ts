import type { Theme } from './theme.entity';
import type { ThemeType } from './theme.type';

export function toThemeType(row: Theme): ThemeType {
  return {
    id: `${row.pluginId}:${row.key}`,
    code: row.code ?? null,
    name: row.name,
    domain: row.domain,
    aims: row.aims,
    lead: row.lead ?? null,
    archived: row.archived,
    rowId: row.id,
  };
}
