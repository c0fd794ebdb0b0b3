import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock, Logger } from '@edhr/kit';
import { errorsOf, postGraphQL, type FetchLike } from '../service-calls/graphql-client';
import { randomUUID } from 'node:crypto';
import { PluginOutboxEntity } from '../../model/outbox/plugin-outbox.entity';
import { outboxDeliveries } from './outbox-metrics';

const OUTBOX_TABLE = '"organisational_processes"."plugin_outbox"';

interface RawOutboxRow {
  id: string;
  plugin_id: string;
  plugin_version: string;
  target: string;
  payload: Record<string, unknown> | string;
  attempts: number | string;
  created_at: Date | string;
}

/** A row this pass holds the lease of. */
interface ClaimedRow {
  id: string;
  pluginId: string;
  pluginVersion: string;
  target: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

export const SYNC_STAFF_SURVEY_ACTIONS = `mutation ($input: StaffSurveySyncInput!) {
  syncStaffSurveyActions(input: $input) { pluginId received }
}`;

export interface OutboxDelivererOptions {
  orm: Pick<MikroORM, 'em' | 'isConnected'>;
  fetch: FetchLike;
  /** GraphQL URL of each target subgraph, e.g. `{ 'people-culture': 'http://127.0.0.1:4102/graphql' }`. */
  targets: Record<string, string>;
  /** Headers for one call, e.g. a freshly signed service token. */
  headers: () => Promise<Record<string, string>>;
  logger?: Logger;
  /** Decides which rows are due and when a failed one is retried. */
  clock: Clock;
  /** First retry delay; it doubles per failed attempt up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Rows sent per pass, at most. */
  batchSize?: number;
  /** How long a claimed row is left to the replica sending it before another may retry it. */
  leaseMs?: number;
  requestTimeoutMs?: number;
  /** Longest wait between passes, so rows written by another replica are picked up. */
  pollMs?: number;
}

export interface DeliveryPass {
  delivered: number;
  failed: number;
}

/**
 * Sends pending outbox rows to their target subgraph, oldest first and one at a time per
 * plugin and target (a newer version never overtakes an older one). A failed send is retried
 * with exponential backoff. Rows are claimed with `FOR UPDATE SKIP LOCKED` and a lease longer than
 * the request timeout, so replicas on one database never send the same row, and no transaction
 * stays open while a request is in flight.
 */
export class OutboxDeliverer {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  /** The pass running now, if any: stopping waits for it, so it never meets a closed database. */
  private running: Promise<void> | undefined;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly requestTimeoutMs: number;
  private readonly pollMs: number;

  constructor(private readonly options: OutboxDelivererOptions) {
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.batchSize = options.batchSize ?? 25;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    // A send always ends (answered or timed out) before its lease does, so no other replica takes it over.
    if (this.leaseMs <= this.requestTimeoutMs) {
      throw new RangeError(`leaseMs (${this.leaseMs}) must be longer than requestTimeoutMs (${this.requestTimeoutMs})`);
    }
    this.pollMs = options.pollMs ?? 5_000;
  }

  /** The wait before attempt `attempts + 1`, after `attempts` failures. */
  backoffMs(attempts: number): number {
    return Math.min(this.baseDelayMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)), this.maxDelayMs);
  }

  /** One bounded pass: claims the rows that are due now, sends each and records its outcome. */
  async deliverDue(): Promise<DeliveryPass> {
    const em = this.options.orm.em.fork();
    const pass: DeliveryPass = { delivered: 0, failed: 0 };
    const token = randomUUID();
    for (const row of await this.claimDue(em, token)) {
      const attempts = row.attempts + 1;
      const error = await this.send(row);
      // Only the holder of the claim records an outcome: a replica whose lease ran out while it
      // was sending must not overwrite the state the next holder is writing.
      const mine = { id: row.id, claimToken: token };
      if (error === null) {
        const recorded = await em.nativeUpdate(PluginOutboxEntity, mine, {
          status: 'delivered',
          attempts,
          deliveredAt: this.options.clock.now(),
          lastError: null,
          claimToken: null,
        });
        outboxDeliveries.inc({ target: row.target, outcome: 'delivered' });
        if (recorded === 0) {
          this.options.logger?.warn({ plugin: row.pluginId, version: row.pluginVersion, target: row.target }, 'outbox lease ran out while sending');
          continue;
        }
        pass.delivered++;
        this.options.logger?.info({ plugin: row.pluginId, version: row.pluginVersion, target: row.target, attempts }, 'outbox row delivered');
      } else {
        const retryAt = new Date(this.options.clock.now().getTime() + this.backoffMs(attempts));
        await em.nativeUpdate(PluginOutboxEntity, mine, { attempts, lastError: error.slice(0, 2000), nextAttemptAt: retryAt, claimToken: null });
        outboxDeliveries.inc({ target: row.target, outcome: 'failed' });
        pass.failed++;
        this.options.logger?.warn(
          { plugin: row.pluginId, version: row.pluginVersion, target: row.target, attempts, retryAt, error },
          'outbox delivery failed; will retry',
        );
      }
    }
    return pass;
  }

  /** Starts passes after `initialDelayMs` (so the servers are listening), then after each pass. */
  start(initialDelayMs = 2_000): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(initialDelayMs);
  }

  /** No further pass starts; resolves when the pass in flight, if any, has recorded its outcomes. */
  async stop(): Promise<void> {
    this.halt();
    await this.running;
  }

  private halt(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    // tick() logs a failed pass and schedules the next one itself: its promise never rejects.
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => (this.running = undefined));
    }, delayMs);
    // Never keeps the process alive on its own: shutdown does not wait for the next pass.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    if (!(await this.options.orm.isConnected().catch(() => false))) {
      // The database was closed: the subgraph is stopping.
      this.halt();
      return;
    }
    try {
      await this.deliverDue();
      this.schedule(await this.untilNextDue());
    } catch (error) {
      this.options.logger?.error({ err: error }, 'outbox pass failed');
      this.schedule(this.pollMs);
    }
  }

  /** Milliseconds until the next pending row is due, between 50 ms and the poll interval. */
  private async untilNextDue(): Promise<number> {
    const next = await this.options.orm.em
      .fork()
      .findOne(PluginOutboxEntity, { status: 'pending' }, { orderBy: { nextAttemptAt: 'asc' }, fields: ['nextAttemptAt'] });
    if (!next) return this.pollMs;
    return Math.max(50, Math.min(this.pollMs, next.nextAttemptAt.getTime() - this.options.clock.now().getTime()));
  }

  /**
   * Claims, in one statement, up to `batchSize` due rows that are the oldest pending row of their
   * plugin and target (a newer version never overtakes an older one, nor is sent beside it): each
   * gets this pass's token and a lease. `FOR UPDATE SKIP LOCKED` lets two replicas claim at once
   * without waiting on each other or taking the same row; a row another replica claimed meanwhile
   * no longer matches (its lease is in the future) when PostgreSQL re-checks it under the lock.
   */
  private async claimDue(em: EntityManager, token: string): Promise<ClaimedRow[]> {
    const now = this.options.clock.now();
    const rows = await em.getConnection().execute<RawOutboxRow[]>(
      `update ${OUTBOX_TABLE} as o set "next_attempt_at" = ?, "claim_token" = ?
       where o."id" in (
         select h."id" from ${OUTBOX_TABLE} as h
         where h."status" = 'pending' and h."next_attempt_at" <= ?
           and not exists (
             select 1 from ${OUTBOX_TABLE} as e
             where e."plugin_id" = h."plugin_id" and e."target" = h."target" and e."status" = 'pending'
               and (e."created_at", e."id") < (h."created_at", h."id"))
         order by h."created_at", h."id"
         limit ?
         for update of h skip locked)
       returning o."id", o."plugin_id", o."plugin_version", o."target", o."payload", o."attempts", o."created_at"`,
      [new Date(now.getTime() + this.leaseMs), token, now, this.batchSize],
    );
    return rows
      .map((r) => ({
        id: r.id,
        pluginId: r.plugin_id,
        pluginVersion: r.plugin_version,
        target: r.target,
        payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as Record<string, unknown>) : r.payload,
        attempts: Number(r.attempts),
        createdAt: new Date(r.created_at),
      }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Null when the target confirmed receipt, otherwise why not. */
  private async send(row: ClaimedRow): Promise<string | null> {
    const url = this.options.targets[row.target];
    if (!url) return `no URL is configured for target "${row.target}"`;
    try {
      const answer = await postGraphQL(
        this.options.fetch,
        url,
        { query: SYNC_STAFF_SURVEY_ACTIONS, variables: { input: row.payload } },
        { headers: await this.options.headers(), timeoutMs: this.requestTimeoutMs },
      );
      const errors = errorsOf(answer);
      if (errors) return errors;
      if (!answer.data?.syncStaffSurveyActions) return 'the answer confirms no sync';
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }
}
