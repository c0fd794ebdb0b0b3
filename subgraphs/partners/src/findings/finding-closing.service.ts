import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from '@edhr/kit';
import { inputError } from '../common/input-error';
import { FindingEntity, type Finding } from './finding.entity';
import { FindingExplanationEntity } from './finding-explanation.entity';
import { FindingStatusType } from './finding-status.type';
import { checkReformAction, type OrganisationalProcessesTarget } from './reform-action-check';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An explanation as given. */
export interface ExplanationInput {
  text: string;
  evidence: string[];
}

/**
 * Records an explanation and marks the finding EXPLAINED, in one transaction and only if the
 * finding is still at `expectedVersion`. Earlier explanations stay: each is a new row.
 */
export async function explainFinding(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  explanation: ExplanationInput,
  subject: string,
  now: Date,
): Promise<Finding> {
  checkId(id);
  const text = explanation.text.trim();
  if (!text) throw inputError('explanation.text', 'must not be empty');
  const evidence = explanation.evidence.map((e) => e.trim());
  if (evidence.length === 0) throw inputError('explanation.evidence', 'must name at least one document, analysis or link');
  const blank = evidence.findIndex((e) => !e);
  if (blank >= 0) throw inputError('explanation.evidence', `item ${blank + 1} is empty`);
  return em.transactional(async (tx) => {
    await moveOn(tx, id, expectedVersion, { status: FindingStatusType.EXPLAINED, updatedBy: subject }, now);
    await tx.insert(FindingExplanationEntity, {
      id: crypto.randomUUID(),
      findingId: id,
      text,
      evidence,
      explainedBy: subject,
      explainedAt: now,
      findingVersion: expectedVersion,
    });
    return tx.findOneOrFail(FindingEntity, { id }, { refresh: true });
  });
}

/**
 * Links the finding to a reform action in the delivery plan (a `DeliveryAction` id of
 * organisational-processes) and marks it REFORMING, only if it is still at `expectedVersion`.
 * The action must exist and belong to the organisation of the finding's area (asked of
 * organisational-processes first). A later link replaces the earlier one; explanations stay.
 */
export async function linkReformAction(
  em: EntityManager,
  id: string,
  expectedVersion: number,
  deliveryAction: string,
  subject: string,
  now: Date,
  reformActions: OrganisationalProcessesTarget | null,
): Promise<Finding> {
  checkId(id);
  const action = deliveryAction.trim();
  if (!action) throw inputError('deliveryAction', 'must not be empty');
  if (action.length > 200) throw inputError('deliveryAction', `must be at most 200 characters (got ${action.length})`);
  const finding = await em.findOne(FindingEntity, { id }, { fields: ['area'] });
  if (!finding) throw notFound(`No finding "${id}" exists.`);
  await checkReformAction(reformActions, action, finding.area);
  return em.transactional(async (tx) => {
    await moveOn(tx, id, expectedVersion, {
      status: FindingStatusType.REFORMING,
      reformActionId: action,
      reformLinkedBy: subject,
      reformLinkedAt: now,
      updatedBy: subject,
    }, now);
    return tx.findOneOrFail(FindingEntity, { id }, { refresh: true });
  });
}

function checkId(id: string): void {
  if (!UUID.test(id)) throw inputError('id', `"${id}" is not a finding id`);
}

/**
 * One conditional statement: if another change got in first, the version no longer matches and no
 * row is touched, however the requests interleave. Runs on the transaction's own manager.
 */
async function moveOn(tx: EntityManager, id: string, expectedVersion: number, changes: Partial<Finding>, now: Date): Promise<void> {
  const touched = await tx.nativeUpdate(
    FindingEntity,
    { id, version: expectedVersion },
    { ...changes, version: expectedVersion + 1, updatedAt: now },
  );
  if (touched > 0) return;
  const current = await tx.findOne(FindingEntity, { id }, { refresh: true });
  if (!current) throw notFound(`No finding "${id}" exists.`);
  throw conflict(
    `Finding ${id} has changed since version ${expectedVersion} (it is now version ${current.version}); reload it and try again.`,
    { currentVersion: current.version },
  );
}
