import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ukDate, type Clock, isHttpUrl } from '@edhr/kit';
import { DutyPublicationEntity, type DutyPublication } from './duty-publication.entity';
import { DutyPublicationError, type DutyPublicationProblem } from './duty-publication.error';
import { isIsoDate } from './duty-period';

export interface DutyPublicationInput {
  publishedOn: string;
  url?: string | null;
  note?: string | null;
  coversYear?: number | null;
}

const LIMITS = { url: 2000, note: 2000 } as const;

/** Why the input cannot be recorded, field by field; empty when it can. `today` is YYYY-MM-DD. */
export function dutyPublicationProblems(input: DutyPublicationInput, today: string): DutyPublicationProblem[] {
  const problems: DutyPublicationProblem[] = [];
  if (!isIsoDate(input.publishedOn)) {
    problems.push({ path: 'publishedOn', message: `"${input.publishedOn}" is not a date: write it as YYYY-MM-DD` });
  } else if (input.publishedOn > today) {
    problems.push({ path: 'publishedOn', message: `${input.publishedOn} is in the future: record a publication once it is made` });
  }
  const url = blankToNull(input.url);
  if (url !== null) {
    if (url.length > LIMITS.url) problems.push({ path: 'url', message: `must be at most ${LIMITS.url} characters` });
    else if (!isHttpUrl(url)) problems.push({ path: 'url', message: `"${url}" is not an http or https address` });
  }
  const note = blankToNull(input.note);
  if (note !== null && note.length > LIMITS.note) problems.push({ path: 'note', message: `must be at most ${LIMITS.note} characters` });
  const year = input.coversYear;
  if (year !== undefined && year !== null) {
    const published = isIsoDate(input.publishedOn) ? Number(input.publishedOn.slice(0, 4)) : null;
    if (!Number.isInteger(year) || year < 2000) problems.push({ path: 'coversYear', message: `${year} is not a year from 2000` });
    else if (published !== null && year > published) problems.push({ path: 'coversYear', message: `${year} is after the year it was published (${published}): a year's information is published once it is known` });
  }
  return problems;
}

/**
 * Records that a duty was met by a publication. Append-only: every call adds a row (the database
 * refuses changes to recorded ones), so the history of publications stays as recorded.
 */
export class DutyPublicationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Throws `DutyPublicationError` naming each refused field. */
  async record(dutyRowId: string, dutyId: string, input: DutyPublicationInput, recordedBy: string): Promise<DutyPublication> {
    const now = this.clock.now();
    const problems = dutyPublicationProblems(input, ukDate(now));
    if (problems.length > 0) throw new DutyPublicationError(dutyId, problems);
    const em = this.em.fork();
    const publication = em.create(DutyPublicationEntity, {
      id: randomUUID(),
      dutyId: dutyRowId,
      publishedOn: input.publishedOn,
      url: blankToNull(input.url),
      note: blankToNull(input.note),
      coversYear: input.coversYear ?? null,
      recordedBy,
      recordedAt: now,
    });
    await em.flush();
    return publication;
  }
}


function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim();
}
