import type { Strategy } from './strategy.entity';
import type { StrategyType } from './strategy.type';

export function toStrategyType(row: Strategy): StrategyType {
  return {
    id: row.key,
    title: row.title,
    vision: row.vision ?? null,
    values: row.values.map((v) => ({ name: v.name, description: v.description ?? null })),
    periodFrom: row.periodFrom ?? null,
    periodTo: row.periodTo ?? null,
    reviewCycle: row.reviewCycle ?? null,
    introduction: row.introduction,
    rowId: row.id,
    organisationKey: row.organisationKey,
    pluginId: row.pluginId,
  };
}
