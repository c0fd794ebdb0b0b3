import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock, Logger } from '@edhr/kit';
import { errorsOf, postGraphQL, type FetchLike } from '../../service-calls/graphql-client';
import { PluginOutboxEntity, type PluginOutbox } from './plugin-outbox.entity';

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
 * with exponential backoff; rows are claimed with a short lease, so replicas never send the
 * same row at once, and no transaction stays open while a request is in flight.
 */
export class OutboxDeliverer {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;

  constructor(private readonly options: OutboxDelivererOptions) {
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 60_000;
    this.batchSize = options.batchSize ?? 25;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 5_000;
  }

  /** The wait before attempt `attempts + 1`, after `attempts` failures. */
  backoffMs(attempts: number): number {
    return Math.min(this.baseDelayMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)), this.maxDelayMs);
  }

  /** One bounded pass: sends the rows that are due now. */
  async deliverDue(): Promise<DeliveryPass> {
    const em = this.options.orm.em.fork();
    const pass: DeliveryPass = { delivered: 0, failed: 0 };
    for (const row of await this.dueRows(em)) {
      if (!(await this.claim(em, row))) continue;
      const attempts = row.attempts + 1;
      const error = await this.send(row);
      if (error === null) {
        await em.nativeUpdate(PluginOutboxEntity, { id: row.id }, { status: 'delivered', attempts, deliveredAt: this.options.clock.now(), lastError: null });
        pass.delivered++;
        this.options.logger?.info({ plugin: row.pluginId, version: row.pluginVersion, target: row.target, attempts }, 'outbox row delivered');
      } else {
        const retryAt = new Date(this.options.clock.now().getTime() + this.backoffMs(attempts));
        await em.nativeUpdate(PluginOutboxEntity, { id: row.id }, { attempts, lastError: error.slice(0, 2000), nextAttemptAt: retryAt });
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

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    // tick() logs a failed pass and schedules the next one itself: its promise never rejects.
    this.timer = setTimeout(() => void this.tick(), delayMs);
    // Never keeps the process alive on its own: shutdown does not wait for the next pass.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    if (!(await this.options.orm.isConnected().catch(() => false))) {
      // The database was closed: the subgraph is stopping.
      this.stop();
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

  /** The oldest pending row of each plugin and target, where it is due. */
  private async dueRows(em: EntityManager): Promise<PluginOutbox[]> {
    const pending = await em.find(PluginOutboxEntity, { status: 'pending' }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 500 });
    const heads = new Map<string, PluginOutbox>();
    for (const row of pending) if (!heads.has(`${row.pluginId}|${row.target}`)) heads.set(`${row.pluginId}|${row.target}`, row);
    const now = this.options.clock.now().getTime();
    return [...heads.values()].filter((row) => row.nextAttemptAt.getTime() <= now).slice(0, this.batchSize);
  }

  /** Takes the row for this replica for one lease; false when another replica has it. */
  private async claim(em: EntityManager, row: PluginOutbox): Promise<boolean> {
    const now = this.options.clock.now();
    const claimed = await em.nativeUpdate(
      PluginOutboxEntity,
      { id: row.id, status: 'pending', nextAttemptAt: { $lte: now } },
      { nextAttemptAt: new Date(now.getTime() + this.leaseMs) },
    );
    return claimed === 1;
  }

  /** Null when the target confirmed receipt, otherwise why not. */
  private async send(row: PluginOutbox): Promise<string | null> {
    const url = this.options.targets[row.target];
    if (!url) return `no URL is configured for target "${row.target}"`;
    try {
      const answer = await postGraphQL(
        this.options.fetch,
        url,
        { query: SYNC_STAFF_SURVEY_ACTIONS, variables: { input: row.payload } },
        { headers: await this.options.headers(), timeoutMs: this.options.requestTimeoutMs },
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
