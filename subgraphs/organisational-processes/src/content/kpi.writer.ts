import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginManifest } from '@edhr/plugin-sdk';
import { KpiEntity, type Kpi } from '../model/kpis/kpi.entity';
import { MeasurementEntity } from '../model/kpis/measurement.entity';
import type { Theme } from '../model/themes/theme.entity';
import { syncByKey } from './sync-by-key';

/**
 * Upserts KPIs (dropped ones archived) and records the figures the manifest states, only
 * for periods that have no value yet: a value recorded since is never overwritten.
 */
export async function writeKpis(
  em: EntityManager,
  manifest: PluginManifest,
  strategyId: string,
  themes: Map<string, Theme>,
  now: Date,
): Promise<void> {
  const declared = [
    ...manifest.strategy.kpis.map((k) => ({ k, themeId: null as string | null })),
    ...manifest.themes.flatMap((t) => t.kpis.map((k) => ({ k, themeId: themes.get(t.key)!.id }))),
  ];
  const { byKey, dropped } = await syncByKey<Kpi>(
    em,
    KpiEntity,
    manifest.id,
    declared.map(({ k, themeId }, position) => ({
      key: k.key,
      strategyId,
      themeId,
      objectiveRef: k.objective ? qualify(manifest.id, k.objective) : null,
      name: k.name,
      description: k.description ?? null,
      unit: k.unit,
      direction: k.direction,
      baselineValue: k.baseline?.value ?? null,
      baselinePeriod: k.baseline?.period ?? null,
      targetValue: k.target?.value ?? null,
      targetDate: k.target?.date ?? null,
      frequency: k.frequency,
      amberTolerance: k.amberTolerance,
      measuredBy: k.measuredBy,
      status: k.status,
      owners: k.owners,
      characteristics: k.characteristics,
      archived: false,
      position,
    })),
  );
  for (const row of dropped) row.archived = true;

  const withFigures = declared.filter(({ k }) => k.measurements.length > 0);
  if (withFigures.length === 0) return;
  const kpiIds = withFigures.map(({ k }) => byKey.get(k.key)!.id);
  const recorded = await em.find(MeasurementEntity, { kpiId: { $in: kpiIds } }, { fields: ['kpiId', 'period'] });
  const taken = new Set(recorded.map((m) => `${m.kpiId}|${m.period}`));
  const recordedBy = `plugin:${manifest.id}@${manifest.version}`;
  for (const { k } of withFigures) {
    const kpiId = byKey.get(k.key)!.id;
    for (const m of k.measurements) {
      if (taken.has(`${kpiId}|${m.period}`)) continue;
      em.create(MeasurementEntity, {
        id: randomUUID(),
        kpiId,
        period: m.period,
        value: m.value,
        source: m.source,
        note: m.note ?? null,
        recordedBy,
        recordedAt: now,
      });
    }
  }
}

/** An objective reference as its GraphQL id: `pluginId:key`. */
export function qualify(pluginId: string, reference: string): string {
  return reference.includes(':') ? reference : `${pluginId}:${reference}`;
}
