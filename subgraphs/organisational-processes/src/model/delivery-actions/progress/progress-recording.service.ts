import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { type Clock, conflict, isHttpUrl, ukDate } from '@edhr/kit';
import { isIsoDate } from '../../duties/duty-period';
import { DeliveryActionEntity, type DeliveryAction } from '../delivery-action.entity';
import { ProgressUpdateEntity } from '../progress-update.entity';
import { toStoredStatus, type ProgressStatusValue } from '../delivery-status';

export interface ProgressInput {
  text: string;
  status: ProgressStatusValue;
  percentComplete?: number | null;
  evidence?: string[] | null;
  asOf?: string | null;
  expectedVersion: number;
}

export interface ProgressProblem {
  /** The input field, e.g. `percentComplete` or `evidence[1]`. */
  path: string;
  message: string;
}

const LIMITS = { text: 8000, evidence: 20, url: 2000 } as const;

/** Why the input cannot be recorded, field by field; empty when it can. `today` is YYYY-MM-DD. */
export function progressProblems(input: ProgressInput, today: string): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  const text = input.text.trim();
  if (text === '') problems.push({ path: 'text', message: 'must not be empty' });
  else if (text.length > LIMITS.text) problems.push({ path: 'text', message: `must be at most ${LIMITS.text} characters` });
  const percent = input.percentComplete;
  if (percent !== undefined && percent !== null && (!Number.isInteger(percent) || percent < 0 || percent > 100)) {
    problems.push({ path: 'percentComplete', message: `${percent} is not a whole number from 0 to 100` });
  }
  const evidence = input.evidence ?? [];
  if (evidence.length > LIMITS.evidence) problems.push({ path: 'evidence', message: `at most ${LIMITS.evidence} links` });
  evidence.forEach((link, i) => {
    const url = link.trim();
    if (url.length > LIMITS.url) problems.push({ path: `evidence[${i}]`, message: `must be at most ${LIMITS.url} characters` });
    else if (!isHttpUrl(url)) problems.push({ path: `evidence[${i}]`, message: `"${url}" is not an http or https address` });
  });
  const asOf = input.asOf?.trim();
  if (asOf) {
    if (!isIsoDate(asOf)) problems.push({ path: 'asOf', message: `"${asOf}" is not a date: write it as YYYY-MM-DD` });
    else if (asOf > today) problems.push({ path: 'asOf', message: `${asOf} is in the future: record progress as of today or earlier` });
  }
  if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) {
    problems.push({ path: 'expectedVersion', message: 'must be the action\'s version, a whole number from 1' });
  }
  return problems;
}

/** A progress entry refused before anything was written; each problem names the field and the reason. */
export class ProgressRecordingError extends Error {
  constructor(
    readonly action: string,
    readonly problems: ProgressProblem[],
  ) {
    super(`Progress for delivery action "${action}" refused:\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ProgressRecordingError';
  }
}

/**
 * Appends a dated progress entry to a delivery action and makes its status the action's, in one
 * transaction that holds the action's row: the entry is refused (CONFLICT) unless the action is
 * still at `expectedVersion`, and raises it by one. Entries are never changed (the database
 * refuses UPDATE and DELETE on `progress_update`).
 */
export class ProgressRecordingService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Throws `ProgressRecordingError` naming each refused field, or a CONFLICT GraphQLError. */
  async record(actionRowId: string, actionId: string, input: ProgressInput, recordedBy: string): Promise<DeliveryAction> {
    const now = this.clock.now();
    const today = ukDate(now);
    const problems = progressProblems(input, today);
    if (problems.length > 0) throw new ProgressRecordingError(actionId, problems);
    return this.em.fork().transactional(async (em) => {
      const action = await em.findOneOrFail(DeliveryActionEntity, { id: actionRowId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (action.version !== input.expectedVersion) {
        throw conflict(
          `Delivery action "${actionId}" is at version ${action.version}, not ${input.expectedVersion}: it has changed since; read it again and record against version ${action.version}.`,
          { field: 'expectedVersion', currentVersion: action.version },
        );
      }
      const last = await em.findOne(ProgressUpdateEntity, { actionId: action.id }, { orderBy: { sequence: 'desc' }, fields: ['sequence'] });
      const status = toStoredStatus(input.status);
      em.create(ProgressUpdateEntity, {
        id: randomUUID(),
        actionId: action.id,
        text: input.text.trim(),
        date: input.asOf?.trim() || today,
        status,
        percentComplete: input.percentComplete ?? null,
        evidence: (input.evidence ?? []).map((link) => link.trim()),
        recordedBy,
        recordedAt: now,
        sequence: (last?.sequence ?? -1) + 1,
      });
      action.status = status;
      action.version += 1;
      return action;
    });
  }
}
