import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fixedClock, foreignKeyName, openSubgraphDatabase, type SubgraphMigration } from '@edhr/kit';
import { createTestDatabase, type TestDatabase } from '@edhr/kit/testing';
import { organisationalProcesses } from '../src/module';
import { FOREIGN_KEYS, Migration0015ForeignKeys } from '../src/migrations/0015-foreign-keys';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { MeasurementRecordingService } from '../src/model/kpis/measurement-recording.service';
import { ProgressRecordingService } from '../src/model/delivery-actions/progress/progress-recording.service';
import { KpiEntity } from '../src/model/kpis/kpi.entity';
import { DeliveryActionEntity } from '../src/model/delivery-actions/delivery-action.entity';
import { ProgressStatusValue } from '../src/model/delivery-actions/delivery-status';
import { kpiTestPlugin } from './kpi-fixture';
import { seedPlugins } from './registry-database';

const clock = fixedClock('2026-11-15T10:00:00Z');
const S = '"organisational_processes"';
const { migrations } = organisationalProcesses;
const BEFORE_KEYS: SubgraphMigration[] = migrations.slice(0, migrations.indexOf(Migration0015ForeignKeys));

describe('migration 0015: foreign keys of organisational-processes', { timeout: 240_000 }, () => {
  let database: TestDatabase;
  let orm: MikroORM;
  const open = (list: readonly SubgraphMigration[]) =>
    openSubgraphDatabase({ url: database.url, schema: organisationalProcesses.databaseSchema, entities: organisationalProcesses.entities, migrations: list });
  const sql = <T>(text: string) => orm.em.getConnection().execute<T[]>(text);

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    // Data written before the keys existed: the seed plugins, a corrected measurement, progress.
    const before = await open(BEFORE_KEYS);
    try {
      const registry = new PluginRegistrationService(before.em, clock);
      for (const plugin of [...seedPlugins, kpiTestPlugin]) await registry.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
      const kpi = await before.em.fork().findOneOrFail(KpiEntity, { pluginId: 'kpi-test', key: 'complaints' });
      const measurements = new MeasurementRecordingService(before.em, clock);
      await measurements.record(kpi.id, 'kpi-test:complaints', { period: '2023', value: 12, source: 'Complaints log' }, 'admin-user');
      await measurements.record(kpi.id, 'kpi-test:complaints', { period: '2023', value: 13, source: 'Complaints log', correctionReason: 'Late return' }, 'admin-user');
      const action = await before.em.fork().findOneOrFail(DeliveryActionEntity, { archived: false }, { orderBy: { pluginId: 'asc', position: 'asc' } });
      await new ProgressRecordingService(before.em, clock).record(action.id, `${action.pluginId}:${action.key}`, { text: 'Under way', status: ProgressStatusValue.ON_TRACK, expectedVersion: action.version }, 'admin-user');
    } finally {
      await before.close();
    }
    orm = await open(migrations);
  });
  afterAll(async () => {
    await orm?.close();
    await database?.stop();
  });

  it('applies over the seeded data, every key deferred and RESTRICT', async () => {
    const rows = await sql<{ conname: string; confdeltype: string; condeferred: boolean }>(
      `select conname, confdeltype, condeferred from pg_constraint where contype = 'f' and connamespace = 'organisational_processes'::regnamespace order by conname`,
    );
    expect(rows.map((r) => r.conname)).toEqual(FOREIGN_KEYS.map(foreignKeyName).sort());
    expect(new Set(rows.map((r) => `${r.confdeltype}/${r.condeferred}`))).toEqual(new Set(['r/true']));
    for (const table of ['measurement', 'measurement_revision', 'progress_update', 'theme', 'objective', 'kpi', 'delivery_action']) {
      expect(Number((await sql<{ n: string }>(`select count(*) as n from ${S}.${table}`))[0]!.n), table).toBeGreaterThan(0);
    }
  });

  it('refuses a progress update, a measurement or a theme whose parent does not exist', async () => {
    const connection = orm.em.getConnection();
    await expect(
      connection.execute(`insert into ${S}.progress_update (id, action_id, text, recorded_at, sequence) values ('${randomUUID()}', '${randomUUID()}', 'x', now(), 1)`),
    ).rejects.toThrow(/progress_update_action_id_foreign/);
    await expect(
      connection.execute(`insert into ${S}.measurement (id, kpi_id, period, value, source, recorded_by, recorded_at) values ('${randomUUID()}', '${randomUUID()}', '2024', 1, 's', 'x', now())`),
    ).rejects.toThrow(/measurement_kpi_id_foreign/);
    await expect(connection.execute(`update ${S}.theme set strategy_id = '${randomUUID()}' where id = (select id from ${S}.theme limit 1)`)).rejects.toThrow(
      /theme_strategy_id_foreign/,
    );
    await expect(connection.execute(`update ${S}.strategy set plugin_id = 'no-such-plugin' where id = (select id from ${S}.strategy limit 1)`)).rejects.toThrow(
      /strategy_plugin_id_foreign/,
    );
  });

  it('refuses to delete a delivery action with progress, a KPI with measurements, a strategy with content', async () => {
    const connection = orm.em.getConnection();
    await expect(connection.execute(`delete from ${S}.delivery_action where id in (select action_id from ${S}.progress_update)`)).rejects.toThrow(
      /progress_update_action_id_foreign/,
    );
    await expect(connection.execute(`delete from ${S}.kpi where id in (select kpi_id from ${S}.measurement)`)).rejects.toThrow(/_kpi_id_foreign/);
    await expect(connection.execute(`delete from ${S}.strategy`)).rejects.toThrow(/_strategy_id_foreign|_organisation_key_foreign/);
    await expect(connection.execute(`delete from ${S}.plugin`)).rejects.toThrow(/_plugin_id_foreign/);
    expect(Number((await sql<{ n: string }>(`select count(*) as n from ${S}.strategy`))[0]!.n)).toBeGreaterThan(0);
  });

  it('still registers plugin content and records measurements once the keys are there', async () => {
    // Registered after the keys: a new version of the test plugin, then a value for its KPI.
    const registry = new PluginRegistrationService(orm.em, clock);
    const result = await registry.register({ ...kpiTestPlugin, version: '1.0.1' }, { sourceKind: 'module', sourceRef: 'test' });
    expect(result.outcome).toBe('updated');
    const kpi = await orm.em.fork().findOneOrFail(KpiEntity, { pluginId: 'kpi-test', key: 'complaints' });
    await new MeasurementRecordingService(orm.em, clock).record(kpi.id, 'kpi-test:complaints', { period: '2024', value: 9, source: 'Complaints log' }, 'admin-user');
    expect(Number((await sql<{ n: string }>(`select count(*) as n from ${S}.measurement where kpi_id = '${kpi.id}'`))[0]!.n)).toBe(2);
  });
});
