import { PROTECTED_CHARACTERISTIC_CODES } from '@edhr/schema';
import { isIsoDate } from '../duties/duty-period';
import { blankToNull, textProblems, type InputProblem } from '../common/input-problems';
import type { StoredImpact } from './eqia.entity';

/** An EQIA as it would be stored after a create or an update: validated whole, so every rule holds of the result. */
export interface EqiaDraft {
  title: string;
  kind: string;
  owner: string | null;
  stage: string;
  completedOn: string | null;
  dueDate: string | null;
  impacts: StoredImpact[];
  consultation: string | null;
  decision: string | null;
  justification: string | null;
  mitigations: string[];
  objectives: string[];
  findings: string[];
  reviewDue: string | null;
}

const LIMITS = { title: 300, owner: 300, consultation: 4000, justification: 4000, evidence: 4000, links: 50 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why the draft cannot be stored, field by field; empty when it can. `today` is the UK date, YYYY-MM-DD. */
export function eqiaProblems(draft: EqiaDraft, today: string): InputProblem[] {
  const problems: InputProblem[] = [
    ...textProblems('title', draft.title, LIMITS.title, true),
    ...textProblems('owner', draft.owner, LIMITS.owner),
    ...textProblems('consultation', draft.consultation, LIMITS.consultation),
    ...textProblems('justification', draft.justification, LIMITS.justification),
  ];
  const date = (path: string, value: string | null, notAfterToday = false) => {
    if (value === null) return;
    if (!isIsoDate(value)) problems.push({ path, message: `"${value}" is not a date: write it as YYYY-MM-DD` });
    else if (notAfterToday && value > today) problems.push({ path, message: `${value} is in the future` });
  };
  date('completedOn', draft.completedOn, true);
  date('dueDate', draft.dueDate);
  date('reviewDue', draft.reviewDue);
  if (draft.stage === 'completed') {
    if (draft.completedOn === null) problems.push({ path: 'completedOn', message: 'a completed assessment needs the day it was completed' });
    if (draft.decision === null) problems.push({ path: 'decision', message: 'a completed assessment needs a decision' });
  } else if (draft.completedOn !== null) {
    problems.push({ path: 'completedOn', message: 'a planned assessment has no completion date: set stage COMPLETED' });
  }
  if (draft.completedOn && draft.reviewDue && isIsoDate(draft.completedOn) && isIsoDate(draft.reviewDue) && draft.reviewDue <= draft.completedOn) {
    problems.push({ path: 'reviewDue', message: `must be after completedOn (${draft.completedOn})` });
  }
  if (draft.decision === 'continue' && blankToNull(draft.justification) === null) {
    problems.push({ path: 'justification', message: 'continuing despite an adverse impact needs a justification' });
  }
  if (draft.decision === 'adjust' && draft.mitigations.length === 0) {
    problems.push({ path: 'mitigations', message: 'an adjustment needs at least one delivery action carrying it' });
  }
  const seen = new Set<string>();
  draft.impacts.forEach((impact, i) => {
    const path = `impacts[${i}]`;
    if (!(PROTECTED_CHARACTERISTIC_CODES as readonly string[]).includes(impact.characteristic)) {
      problems.push({ path: `${path}.characteristic`, message: `"${impact.characteristic}" is not a protected characteristic code (e.g. RACE)` });
    } else if (seen.has(impact.characteristic)) {
      problems.push({ path: `${path}.characteristic`, message: `${impact.characteristic} is given twice` });
    }
    seen.add(impact.characteristic);
    if (impact.impact !== 'unknown' && blankToNull(impact.evidence) === null) {
      problems.push({ path: `${path}.evidence`, message: `a ${impact.impact} impact needs its evidence` });
    }
    problems.push(...textProblems(`${path}.evidence`, impact.evidence, LIMITS.evidence));
  });
  for (const field of ['mitigations', 'objectives', 'findings'] as const) {
    if (draft[field].length > LIMITS.links) problems.push({ path: field, message: `at most ${LIMITS.links}` });
    if (new Set(draft[field]).size !== draft[field].length) problems.push({ path: field, message: 'names one item twice' });
  }
  draft.findings.forEach((id, i) => {
    if (!UUID.test(id)) problems.push({ path: `findings[${i}]`, message: `"${id}" is not a finding id` });
  });
  return problems;
}

/** Problems of a review: the day (not after today), the outcome, and a next review after the day. */
export function eqiaReviewProblems(input: { reviewedOn: string; outcome: string; nextReviewDue?: string | null }, today: string): InputProblem[] {
  const problems: InputProblem[] = [...textProblems('outcome', input.outcome, 8000, true)];
  if (!isIsoDate(input.reviewedOn)) problems.push({ path: 'reviewedOn', message: `"${input.reviewedOn}" is not a date: write it as YYYY-MM-DD` });
  else if (input.reviewedOn > today) problems.push({ path: 'reviewedOn', message: `${input.reviewedOn} is in the future: record a review once it is held` });
  const next = blankToNull(input.nextReviewDue);
  if (next !== null) {
    if (!isIsoDate(next)) problems.push({ path: 'nextReviewDue', message: `"${next}" is not a date: write it as YYYY-MM-DD` });
    else if (next <= input.reviewedOn) problems.push({ path: 'nextReviewDue', message: `must be after reviewedOn (${input.reviewedOn})` });
  }
  return problems;
}
