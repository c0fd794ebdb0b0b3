import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntitySchema } from '@mikro-orm/postgresql';
import wmpEdhrStrategy from '@edhr/plugin-wmp-edhr-strategy';
import wmpEdhrDeliveryPlan from '@edhr/plugin-wmp-edhr-delivery-plan';
import { PluginRegistrationService } from '../src/content/plugin-registration.service';
import { MeasurementRecordingService } from '../src/model/kpis/measurement-recording.service';
import { KpiEntity } from '../src/model/kpis/kpi.entity';
import { MeasurementRevisionEntity } from '../src/model/kpis/measurement-revision.entity';
import { ProgressUpdateEntity } from '../src/model/delivery-actions/progress-update.entity';
import { DutyEntity } from '../src/model/duties/duty.entity';
import { DutyPublicationEntity } from '../src/model/duties/duty-publication.entity';
import { DutyPublicationService } from '../src/model/duties/duty-publication.service';
import { kpiTestPlugin } from './kpi-fixture';
import { openRegistryDatabase, snapshot, wmpEdhrThemePlugins, type RegistryDatabase } from './registry-database';
import { fixedClock } from '@edhr/kit';

// Nothing here depends on the date; a fixed one keeps it that way.
const clock = fixedClock('2026-11-15T10:00:00Z');

const S = '"organisational_processes"';

/** Each append-only history, with a text column to try to rewrite. */
const HISTORIES: { table: string; entity: EntitySchema<any, any>; field: string }[] = [
  { table: 'progress_update', entity: ProgressUpdateEntity, field: 'text' },
  { table: 'measurement_revision', entity: MeasurementRevisionEntity, field: 'correctionReason' },
  { table: 'duty_publication', entity: DutyPublicationEntity, field: 'note' },
];

describe('append-only histories (database triggers)', { timeout: 120_000 }, () => {
  let db: RegistryDatabase;

  beforeAll(async () => {
    db = await openRegistryDatabase();
    const registry = new PluginRegistrationService(db.orm.em, clock);
    for (const plugin of [wmpEdhrStrategy, ...wmpEdhrThemePlugins, wmpEdhrDeliveryPlan, kpiTestPlugin]) {
      await registry.register(plugin, { sourceKind: 'module', sourceRef: 'test' });
    }
    // A corrected measurement leaves a revision; a recorded publication, a duty_publication row.
    const kpi = await db.orm.em.fork().findOneOrFail(KpiEntity, { pluginId: 'kpi-test', key: 'complaints' });
    const measurements = new MeasurementRecordingService(db.orm.em, clock);
    await measurements.record(kpi.id, 'kpi-test:complaints', { period: '2023', value: 12, source: 'Complaints log' }, 'admin-user');
    await measurements.record(
      kpi.id,
      'kpi-test:complaints',
      { period: '2023', value: 13, source: 'Complaints log', correctionReason: 'Late return' },
      'admin-user',
    );
    const duty = await db.orm.em.fork().findOneOrFail(DutyEntity, { pluginId: 'wmp-edhr-strategy', key: 'publish-equality-information' });
    await new DutyPublicationService(db.orm.em, clock).record(duty.id, 'wmp-edhr-strategy:publish-equality-information', { publishedOn: '2012-01-31', note: 'First' }, 'staff-user');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('still takes new rows', async () => {
    for (const { table } of HISTORIES) {
      const rows = await db.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${S}."${table}"`);
      expect(Number(rows[0]!.n), table).toBeGreaterThan(0);
    }
  });

  for (const { table, entity, field } of HISTORIES) {
    it(`refuses an UPDATE of ${table} through the entity`, async () => {
      const before = await snapshot(db.orm);
      const em = db.orm.em.fork();
      const [row] = (await em.find(entity, {}, { limit: 1 })) as Record<string, unknown>[];
      expect(row, table).toBeDefined();
      row![field] = 'rewritten';
      await expect(em.flush()).rejects.toThrow(new RegExp(`${table} is append-only`));
      expect(await snapshot(db.orm)).toEqual(before);
    });

    it(`refuses a raw DELETE and UPDATE of ${table}`, async () => {
      const before = await snapshot(db.orm);
      const connection = db.orm.em.getConnection();
      await expect(connection.execute(`delete from ${S}."${table}"`)).rejects.toThrow(new RegExp(`${table} is append-only`));
      await expect(db.orm.em.fork().nativeDelete(entity, {})).rejects.toThrow(/append-only/);
      await expect(connection.execute(`update ${S}."${table}" set "recorded_at" = "recorded_at"`)).rejects.toThrow(/append-only/);
      expect(await snapshot(db.orm)).toEqual(before);
    });
  }
});
