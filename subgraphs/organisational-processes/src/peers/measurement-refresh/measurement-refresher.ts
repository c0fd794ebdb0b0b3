import { Kind, parse } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ukDate, type Clock } from '@edhr/kit';
import { errorsOf, postGraphQL, type FetchLike } from '../service-calls/graphql-client';
import { PluginEntity } from '../../model/plugins/plugin.entity';
import { StrategyEntity } from '../../model/strategies/strategy.entity';
import { KpiEntity, type Kpi } from '../../model/kpis/kpi.entity';
import { MeasurementRecordingError } from '../../model/kpis/measurement-recording.error';
import { MeasurementRecordingService, type RecordingOutcome } from '../../model/kpis/measurement-recording.service';
import { selectNumber } from './selector';

export interface RefreshResult {
  /** The KPI id, "pluginId:key". */
  kpi: string;
  status: 'ok' | 'error';
  value: number | null;
  /** For `ok`: recorded, corrected or unchanged. */
  outcome: RecordingOutcome | null;
  reason: string | null;
}

export interface MeasurementRefresherOptions {
  em: EntityManager;
  fetch: FetchLike;
  gatewayUrl: string;
  /** Headers for one call: a freshly signed service token. */
  headers: () => Promise<Record<string, string>>;
  /** Dates the values recorded and the reason given for a correction. */
  clock: Clock;
  /** Who the values are recorded by. */
  recordedBy?: string;
  /** Called as each KPI finishes, e.g. to print a progress line. */
  onResult?: (result: RefreshResult, index: number, total: number) => void;
  requestTimeoutMs?: number;
}

/** Thrown when the strategy to refresh does not exist. */
export class UnknownStrategyError extends Error {}

/**
 * Measures a strategy's query-based KPIs for one period through the gateway — the public
 * contract, never another subgraph's tables — and records each value with source
 * `query:<kpi id>`. KPIs are measured one after another; one that fails is reported with its
 * reason and the others still run. A value already recorded for the period is left alone when
 * equal and corrected (the old one kept as a revision) when different.
 */
export class MeasurementRefresher {
  constructor(private readonly options: MeasurementRefresherOptions) {}

  async refresh(strategyKey: string, period: string): Promise<RefreshResult[]> {
    const kpis = await this.queryKpis(strategyKey);
    const results: RefreshResult[] = [];
    for (const [i, kpi] of kpis.entries()) {
      const result = await this.refreshOne(kpi, period);
      results.push(result);
      this.options.onResult?.(result, i, kpis.length);
    }
    return results;
  }

  private async queryKpis(strategyKey: string): Promise<Kpi[]> {
    const em = this.options.em.fork();
    const strategy = await em.findOne(StrategyEntity, { key: strategyKey });
    if (!strategy) throw new UnknownStrategyError(`No strategy "${strategyKey}" is registered.`);
    const [kpis, disabled] = await Promise.all([
      em.find(KpiEntity, { strategyId: strategy.id, archived: false }, { orderBy: { pluginId: 'asc', position: 'asc' } }),
      em.find(PluginEntity, { enabled: false }, { fields: ['pluginId'] }),
    ]);
    const hidden = new Set(disabled.map((p) => p.pluginId));
    return kpis.filter((k) => k.measuredBy.kind === 'query' && !hidden.has(k.pluginId));
  }

  private async refreshOne(kpi: Kpi, period: string): Promise<RefreshResult> {
    const id = `${kpi.pluginId}:${kpi.key}`;
    const failed = (reason: string): RefreshResult => ({ kpi: id, status: 'error', value: null, outcome: null, reason });
    if (kpi.measuredBy.kind !== 'query') return failed('not measured by a query');
    const { query, variables, selector } = kpi.measuredBy;
    let declaresPeriod: boolean;
    try {
      declaresPeriod = declaresVariable(query, 'period');
    } catch (error) {
      return failed(`the query is not valid GraphQL: ${(error as Error).message}`);
    }
    let value: number;
    try {
      const answer = await postGraphQL(
        this.options.fetch,
        this.options.gatewayUrl,
        { query, variables: declaresPeriod ? { ...variables, period } : { ...variables } },
        { headers: await this.options.headers(), timeoutMs: this.options.requestTimeoutMs },
      );
      const errors = errorsOf(answer);
      if (errors) return failed(`GraphQL errors: ${errors}`);
      const selected = selectNumber(answer.data ?? null, selector);
      if (!selected.ok) return failed(selected.reason);
      value = selected.value;
    } catch (error) {
      return failed(`the gateway did not answer: ${(error as Error).message}`);
    }
    try {
      const { outcome } = await new MeasurementRecordingService(this.options.em, this.options.clock).record(
        kpi.id,
        id,
        { period, value, source: `query:${id}` },
        this.options.recordedBy ?? 'organisational-processes',
        { correctWhenChanged: `refreshed from its query on ${ukDate(this.options.clock.now())}` },
      );
      return { kpi: id, status: 'ok', value, outcome, reason: null };
    } catch (error) {
      if (error instanceof MeasurementRecordingError) {
        return failed(`value ${value} not recorded: ${error.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      }
      return failed(`value ${value} not recorded: ${(error as Error).message}`);
    }
  }
}

/** Whether the document's operation declares `$name`. */
export function declaresVariable(query: string, name: string): boolean {
  return parse(query).definitions.some(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions ?? []).some((v) => v.variable.name.value === name),
  );
}
