import { Counter, Gauge, type Registry } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '@edhr/kit';
import { PEOPLE_CULTURE_TARGET } from '../../model/outbox/plugin-outbox.writer';

/** Sends by outcome; counted by the deliverer, registered in the service's registry below. */
export const outboxDeliveries = new Counter({
  name: 'edhr_outbox_deliveries_total',
  help: 'Outbox sends by target and outcome (delivered, failed)',
  labelNames: ['target', 'outcome'] as const,
  registers: [],
});

/**
 * The outbox backlog, read from the database at each scrape: rows still to deliver per target,
 * and how long the oldest has waited (absent when none waits). A failed read reports nothing.
 */
export function registerOutboxMetrics(registry: Registry, { orm, clock }: { orm: MikroORM; clock: Clock }): void {
  registry.registerMetric(outboxDeliveries);
  const backlog = async () =>
    orm.em
      .getConnection()
      .execute<{ target: string; pending: string; oldest: Date | string }[]>(
        `select "target", count(*) as pending, min("created_at") as oldest from "organisational_processes"."plugin_outbox"
         where "status" = 'pending' group by "target"`,
      )
      .catch(() => null);
  new Gauge({
    name: 'edhr_outbox_pending_rows',
    help: 'Outbox rows not yet delivered, by target',
    labelNames: ['target'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const rows = await backlog();
      if (!rows) return;
      this.set({ target: PEOPLE_CULTURE_TARGET }, 0);
      for (const row of rows) this.set({ target: row.target }, Number(row.pending));
    },
  });
  new Gauge({
    name: 'edhr_outbox_oldest_pending_age_seconds',
    help: 'How long the oldest undelivered outbox row has waited, by target',
    labelNames: ['target'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of (await backlog()) ?? []) {
        this.set({ target: row.target }, Math.max(0, (clock.now().getTime() - new Date(row.oldest).getTime()) / 1000));
      }
    },
  });
}
