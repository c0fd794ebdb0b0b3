import type { SubgraphContext } from '@edhr/kit';
import { rowsBy } from '../loading/rows-by';
import { rowsByQualifiedKey } from '../loading/rows-by-qualified-key';
import { KpiEntity } from './kpi.entity';
import { MeasurementEntity } from './measurement.entity';
import { MeasurementRevisionEntity } from './measurement-revision.entity';
import { toKpiType, toMeasurementRevisionType, toMeasurementType } from './kpi.mapping';

// Plugin first: a strategy's themes and their items may come from several plugins, each numbering from 0.
const current = { where: { archived: false }, orderBy: { pluginId: 'asc', position: 'asc' } } as const;

/** Strategy-level KPIs: those filed under no theme. */
export const kpisByStrategy = (context: SubgraphContext) =>
  rowsBy(context, KpiEntity, 'strategyId', toKpiType, { ...current, where: { archived: false, themeId: null } });

export const kpisByTheme = (context: SubgraphContext) => rowsBy(context, KpiEntity, 'themeId', toKpiType, current);

/** By the objective's GraphQL id. */
export const kpisByObjective = (context: SubgraphContext) => rowsBy(context, KpiEntity, 'objectiveRef', toKpiType, current);

/** Current KPIs by GraphQL id `pluginId:key`, one statement per batch; the caller still checks its strategy and theme. */
export const currentKpiByQualifiedId = (context: SubgraphContext) =>
  rowsByQualifiedKey(context, KpiEntity, 'key', toKpiType, { archived: false });

export const measurementsByKpi = (context: SubgraphContext) =>
  rowsBy(context, MeasurementEntity, 'kpiId', toMeasurementType, { orderBy: { period: 'asc' } });

/** Earlier values of each measurement, oldest first. */
export const revisionsByMeasurement = (context: SubgraphContext) =>
  rowsBy(context, MeasurementRevisionEntity, 'measurementId', toMeasurementRevisionType, { orderBy: { correctedAt: 'asc' } });
