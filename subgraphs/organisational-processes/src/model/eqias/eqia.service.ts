import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound, type SubgraphContext, ukDate } from '@edhr/kit';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { blankToNull, refuseProblems, type InputProblem } from '../common/input-problems';
import { linkedActions, linkedObjectives } from '../common/linked-items';
import { requireThemeWriter } from '../common/theme-write-access';
import { EqiaEntity, type Eqia, type StoredImpact } from './eqia.entity';
import { EqiaReviewEntity } from './eqia-review.entity';
import { eqiaProblems, eqiaReviewProblems, type EqiaDraft } from './eqia-validation';
import { toStored } from './eqia-values';
import type { CreateEqiaInput, EqiaImpactInput, RecordEqiaReviewInput, UpdateEqiaInput } from './eqia.input';

const WHAT = 'this EQIA';

/**
 * Creates, edits and reviews EQIAs. Every write is validated whole (the record as it would be
 * stored) before anything is written; edits and reviews hold the row and are refused (CONFLICT)
 * unless it is still at the expected version, which each raises by one. Reviews are appended to
 * `eqia_review`, which the database keeps append-only.
 */
export class EqiaService {
  constructor(private readonly context: SubgraphContext) {}

  async create(input: CreateEqiaInput): Promise<Eqia> {
    const { em, clock, identity } = this.context;
    const now = clock.now();
    const organisation = await em.findOne(OrganisationEntity, { key: input.organisation }, { fields: ['key'] });
    if (!organisation) refuseProblems('EQIA', [{ path: 'organisation', message: `no organisation "${input.organisation}"` }]);
    const draft = applyChanges(emptyDraft(input.title, toStored(input.kind)), input);
    const links = await resolveLinks(em, draft, input.organisation);
    // Who may write it comes first, so a caller without the right learns nothing from validation.
    await requireThemeWriter(this.context, WHAT, [links.objectives]);
    refuseProblems('EQIA', [...eqiaProblems(draft, ukDate(now)), ...links.problems]);
    const fork = em.fork();
    const row = fork.create(EqiaEntity, {
      id: randomUUID(),
      pluginId: null,
      key: null,
      organisationKey: input.organisation,
      strategyId: links.objectives[0]?.strategyId ?? null,
      ...draftColumns(draft),
      dueAsWritten: null,
      lastReviewedOn: null,
      sourceLocation: null,
      sourceQuote: null,
      version: 1,
      createdBy: identity.subject,
      createdAt: now,
      updatedAt: now,
    });
    await fork.flush();
    return row;
  }

  async update(input: UpdateEqiaInput): Promise<Eqia> {
    const { clock } = this.context;
    const now = clock.now();
    return this.context.em.fork().transactional(async (em) => {
      const row = await this.locked(em, input.id, input.expectedVersion);
      const before = await linkedObjectives(em, 'objectives', row.objectiveIds, row.organisationKey);
      const draft = applyChanges(currentDraft(row), input);
      const links = await resolveLinks(em, draft, row.organisationKey);
      await requireThemeWriter(this.context, WHAT, [before.rows, links.objectives], em);
      refuseProblems('EQIA', [...eqiaProblems(draft, ukDate(now)), ...links.problems]);
      em.assign(row, { ...draftColumns(draft), version: row.version + 1, updatedAt: now });
      return row;
    });
  }

  async review(input: RecordEqiaReviewInput): Promise<Eqia> {
    const { clock, identity } = this.context;
    const now = clock.now();
    return this.context.em.fork().transactional(async (em) => {
      const row = await this.locked(em, input.eqia, input.expectedVersion);
      const objectives = await linkedObjectives(em, 'objectives', row.objectiveIds, row.organisationKey);
      await requireThemeWriter(this.context, WHAT, [objectives.rows], em);
      refuseProblems('EQIA review', eqiaReviewProblems(input, ukDate(now)));
      const decision = input.decision ? toStored(input.decision) : null;
      if (decision === 'continue' && blankToNull(row.justification) === null) {
        refuseProblems('EQIA review', [{ path: 'decision', message: 'continuing despite an adverse impact needs a justification: update the EQIA first' }]);
      }
      em.create(EqiaReviewEntity, {
        id: randomUUID(),
        eqiaId: row.id,
        reviewedOn: input.reviewedOn,
        outcome: input.outcome.trim(),
        decision,
        nextReviewDue: blankToNull(input.nextReviewDue),
        recordedBy: identity.subject,
        recordedAt: now,
      });
      em.assign(row, {
        reviewDue: blankToNull(input.nextReviewDue),
        lastReviewedOn: row.lastReviewedOn && row.lastReviewedOn > input.reviewedOn ? row.lastReviewedOn : input.reviewedOn,
        ...(decision ? { decision } : {}),
        version: row.version + 1,
        updatedAt: now,
      });
      return row;
    });
  }

  /** The row, locked for this transaction, if it is still at `expectedVersion`. */
  private async locked(em: EntityManager, id: string, expectedVersion: number): Promise<Eqia> {
    const row = isUuid(id) ? await em.findOne(EqiaEntity, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!row) throw notFound(`No EQIA "${id}".`, { field: 'id' });
    if (row.version !== expectedVersion) {
      throw conflict(
        `EQIA "${id}" is at version ${row.version}, not ${expectedVersion}: it has changed since; read it again and write against version ${row.version}.`,
        { field: 'expectedVersion', currentVersion: row.version },
      );
    }
    return row;
  }
}

/** The draft's objectives and mitigations, resolved, with a problem for each that does not resolve. */
async function resolveLinks(em: EntityManager, draft: EqiaDraft, organisation: string) {
  const objectives = await linkedObjectives(em, 'objectives', draft.objectives, organisation);
  const actions = await linkedActions(em, 'mitigations', draft.mitigations, organisation);
  const problems: InputProblem[] = [...objectives.problems, ...actions.problems];
  return { objectives: objectives.rows, problems };
}

function isUuid(id: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

function emptyDraft(title: string, kind: string): EqiaDraft {
  return {
    title, kind, owner: null, stage: 'planned', completedOn: null, dueDate: null, impacts: [], consultation: null,
    decision: null, justification: null, mitigations: [], objectives: [], findings: [], reviewDue: null,
  };
}

function currentDraft(row: Eqia): EqiaDraft {
  return {
    title: row.title,
    kind: row.kind,
    owner: row.owner ?? null,
    stage: row.stage,
    completedOn: row.completedOn ?? null,
    dueDate: row.dueDate ?? null,
    impacts: row.impacts,
    consultation: row.consultation ?? null,
    decision: row.decision ?? null,
    justification: row.justification ?? null,
    mitigations: row.mitigationActionIds,
    objectives: row.objectiveIds,
    findings: row.findingIds,
    reviewDue: row.reviewDue ?? null,
  };
}

/** The draft with every field the input gives; a text given blank clears it. */
function applyChanges(draft: EqiaDraft, input: CreateEqiaInput | UpdateEqiaInput): EqiaDraft {
  const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;
  const text = (value: string | null | undefined, current: string | null) => (value === undefined ? current : blankToNull(value));
  return {
    title: given(input.title) ? input.title.trim() : draft.title,
    kind: given(input.kind) ? toStored(input.kind) : draft.kind,
    owner: text(input.owner, draft.owner),
    stage: given(input.stage) ? toStored(input.stage) : draft.stage,
    completedOn: text(input.completedOn, draft.completedOn),
    dueDate: text(input.dueDate, draft.dueDate),
    impacts: given(input.impacts) ? mergeImpacts(draft.impacts, input.impacts) : draft.impacts,
    consultation: text(input.consultation, draft.consultation),
    decision: given(input.decision) ? toStored(input.decision) : draft.decision,
    justification: text(input.justification, draft.justification),
    mitigations: given(input.mitigations) ? input.mitigations.map((s) => s.trim()) : draft.mitigations,
    objectives: given(input.objectives) ? input.objectives.map((s) => s.trim()) : draft.objectives,
    findings: given(input.findings) ? input.findings.map((s) => s.trim()) : draft.findings,
    reviewDue: text(input.reviewDue, draft.reviewDue),
  };
}

/** Given impacts replace those of the same characteristic, in the order given; a repeated one stays for validation to name. */
function mergeImpacts(current: StoredImpact[], given: EqiaImpactInput[]): StoredImpact[] {
  const replaced = new Set(given.map((g) => g.characteristic));
  return [
    ...given.map((g) => ({ characteristic: g.characteristic, impact: toStored(g.impact), evidence: blankToNull(g.evidence) })),
    ...current.filter((c) => !replaced.has(c.characteristic)),
  ];
}

function draftColumns(draft: EqiaDraft) {
  return {
    title: draft.title,
    kind: draft.kind,
    owner: draft.owner,
    stage: draft.stage,
    completedOn: draft.completedOn,
    dueDate: draft.dueDate,
    impacts: draft.impacts,
    consultation: draft.consultation,
    decision: draft.decision,
    justification: draft.justification,
    mitigationActionIds: draft.mitigations,
    objectiveIds: draft.objectives,
    findingIds: draft.findings,
    reviewDue: draft.reviewDue,
  };
}
