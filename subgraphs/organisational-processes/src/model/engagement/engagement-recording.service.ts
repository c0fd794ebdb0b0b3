import { randomUUID } from 'node:crypto';
import { PROTECTED_CHARACTERISTIC_CODES } from '@edhr/schema';
import { ukDate, type SubgraphContext } from '@edhr/kit';
import { isIsoDate } from '../duties/duty-period';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { blankToNull, refuseProblems, textProblems, type InputProblem } from '../common/input-problems';
import { linkedObjectives } from '../common/linked-items';
import { requireThemeWriter } from '../common/theme-write-access';
import { EqiaEntity } from '../eqias/eqia.entity';
import { toStored } from '../eqias/eqia-values';
import { EngagementRecordEntity, type EngagementRecord } from './engagement-record.entity';
import type { RecordEngagementInput } from './record-engagement.input';

/** Why the input cannot be recorded, apart from its links; `today` is the UK date. */
export function engagementProblems(input: RecordEngagementInput, today: string): InputProblem[] {
  const problems: InputProblem[] = [
    ...textProblems('groupName', input.groupName, 300, true),
    ...textProblems('topic', input.topic, 2000, true),
    ...textProblems('outcome', input.outcome, 8000),
  ];
  if (!isIsoDate(input.heldOn)) problems.push({ path: 'heldOn', message: `"${input.heldOn}" is not a date: write it as YYYY-MM-DD` });
  else if (input.heldOn > today) problems.push({ path: 'heldOn', message: `${input.heldOn} is in the future: record engagement once it is held` });
  (input.characteristics ?? []).forEach((code, i) => {
    if (!(PROTECTED_CHARACTERISTIC_CODES as readonly string[]).includes(code)) {
      problems.push({ path: `characteristics[${i}]`, message: `"${code}" is not a protected characteristic code (e.g. RACE)` });
    }
  });
  return problems;
}

/** Records engagement held, append-only (the database refuses changes), after checking every field and link. */
export async function recordEngagement(context: SubgraphContext, input: RecordEngagementInput): Promise<EngagementRecord> {
  const now = context.clock.now();
  const problems = engagementProblems(input, ukDate(now));
  const organisation = await context.em.findOne(OrganisationEntity, { key: input.organisation }, { fields: ['key'] });
  if (!organisation) problems.push({ path: 'organisation', message: `no organisation "${input.organisation}"` });
  const objectives = await linkedObjectives(context.em, 'objectives', input.objectives ?? [], input.organisation);
  problems.push(...objectives.problems);
  const eqiaIds = input.eqias ?? [];
  const valid = eqiaIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const found = new Set(
    (valid.length === 0 ? [] : await context.em.find(EqiaEntity, { id: { $in: valid }, organisationKey: input.organisation }, { fields: ['id'] })).map((e) => e.id),
  );
  eqiaIds.forEach((id, i) => {
    if (!found.has(id)) problems.push({ path: `eqias[${i}]`, message: `"${id}" is not an EQIA of ${input.organisation}` });
  });
  await requireThemeWriter(context, 'this engagement record', [objectives.rows]);
  refuseProblems('Engagement record', problems);
  const em = context.em.fork();
  const row = em.create(EngagementRecordEntity, {
    id: randomUUID(),
    pluginId: null,
    key: null,
    organisationKey: input.organisation,
    heldOn: input.heldOn,
    heldAsWritten: null,
    groupKind: toStored(input.groupKind),
    groupName: input.groupName.trim(),
    topic: input.topic.trim(),
    characteristics: [...new Set(input.characteristics ?? [])],
    outcome: blankToNull(input.outcome),
    objectiveIds: input.objectives ?? [],
    eqiaIds,
    sourceLocation: null,
    sourceQuote: null,
    recordedBy: context.identity.subject,
    recordedAt: now,
  });
  await em.flush();
  return row;
}
