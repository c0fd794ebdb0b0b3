import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '@edhr/kit';
import { KpiEntity, type Kpi } from './kpi.entity';
import { MeasurementEntity, type Measurement } from './measurement.entity';
import { MeasurementRevisionEntity } from './measurement-revision.entity';
import { MeasurementRecordingError, type MeasurementProblem } from './measurement-recording.error';
import { periodProblem } from './measurement-period';
import { valueProblem } from './measurement-value';

export interface MeasurementInput {
  period: string;
  value: number;
  source: string;
  note?: string | null;
  correctionReason?: string | null;
}

/** `unchanged` only for a refresh that found the value already recorded. */
export type RecordingOutcome = 'recorded' | 'corrected' | 'unchanged';

export interface RecordingResult {
  measurement: Measurement;
  outcome: RecordingOutcome;
}

export interface RecordingOptions {
  /**
   * For automated refreshes: replace a different value already recorded for the period with
   * this reason, and leave an equal one alone, instead of refusing a second value.
   */
  correctWhenChanged?: string;
}

const LIMITS = { source: 500, note: 2000, correctionReason: 2000 } as const;

/**
 * Records one KPI value for one period: validated against the KPI (period form and frequency,
 * range for its unit), one value per period, and a correction only with a reason, which keeps
 * the value it replaces as an append-only revision. Everything happens in one transaction.
 */
export class MeasurementRecordingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Throws `MeasurementRecordingError` naming each refused field. */
  async record(
    kpiRowId: string,
    kpiId: string,
    input: MeasurementInput,
    recordedBy: string,
    options: RecordingOptions = {},
  ): Promise<RecordingResult> {
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      // Two writers of the same KPI and period take turns; the second sees the first's value.
      await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`edhr-measurement:${kpiRowId}:${input.period}`]);
      const kpi = await em.findOne(KpiEntity, { id: kpiRowId });
      if (!kpi || kpi.archived) throw new MeasurementRecordingError(kpiId, [{ path: 'kpi', message: 'no current KPI has this id' }]);
      const problems = validate(kpi, input);
      if (problems.length > 0) throw new MeasurementRecordingError(kpiId, problems);

      const existing = await em.findOne(MeasurementEntity, { kpiId: kpi.id, period: input.period });
      const note = blankToNull(input.note);
      if (!existing) {
        const measurement = em.create(MeasurementEntity, {
          id: randomUUID(),
          kpiId: kpi.id,
          period: input.period,
          value: input.value,
          source: input.source.trim(),
          note,
          recordedBy,
          recordedAt: now,
          correctionReason: null,
        });
        return { measurement, outcome: 'recorded' as const };
      }

      let reason = blankToNull(input.correctionReason);
      if (options.correctWhenChanged !== undefined) {
        if (Number(existing.value) === input.value) return { measurement: existing, outcome: 'unchanged' as const };
        reason ??= options.correctWhenChanged;
      }
      if (!reason) {
        throw new MeasurementRecordingError(kpiId, [
          {
            path: 'correctionReason',
            message: `a value (${Number(existing.value)}) is already recorded for ${input.period}; give a correctionReason to replace it`,
          },
        ]);
      }
      em.create(MeasurementRevisionEntity, {
        id: randomUUID(),
        measurementId: existing.id,
        kpiId: kpi.id,
        period: existing.period,
        value: existing.value,
        source: existing.source,
        note: existing.note ?? null,
        recordedBy: existing.recordedBy,
        recordedAt: existing.recordedAt,
        correctionReason: reason,
        correctedBy: recordedBy,
        correctedAt: now,
      });
      em.assign(existing, {
        value: input.value,
        source: input.source.trim(),
        note,
        recordedBy,
        recordedAt: now,
        correctionReason: reason,
      });
      return { measurement: existing, outcome: 'corrected' as const };
    });
  }
}

function validate(kpi: Kpi, input: MeasurementInput): MeasurementProblem[] {
  const problems: MeasurementProblem[] = [];
  const period = periodProblem(input.period, kpi.frequency);
  if (period) problems.push({ path: 'period', message: period });
  const value = valueProblem(input.value, kpi.unit);
  if (value) problems.push({ path: 'value', message: value });
  if (input.source.trim() === '') problems.push({ path: 'source', message: 'must not be empty: say where the figure comes from' });
  for (const field of ['source', 'note', 'correctionReason'] as const) {
    const text = input[field];
    if (text && text.length > LIMITS[field]) problems.push({ path: field, message: `must be at most ${LIMITS[field]} characters` });
  }
  if (input.correctionReason !== undefined && input.correctionReason !== null && input.correctionReason.trim() === '') {
    problems.push({ path: 'correctionReason', message: 'must not be empty when given' });
  }
  return problems;
}

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim();
}
