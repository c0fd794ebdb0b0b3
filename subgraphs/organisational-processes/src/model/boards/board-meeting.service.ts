import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { conflict, type SubgraphContext, ukDate } from '@edhr/kit';
import { isIsoDate } from '../duties/duty-period';
import { blankToNull, refuseProblems, textProblems, type InputProblem } from '../common/input-problems';
import { BoardMeetingEntity, type BoardMeeting } from './board-meeting.entity';
import type { RecordBoardMeetingInput } from './record-board-meeting.input';
import { currentBody } from './current-body';

const MAX_ITEMS = 100;

/** Why the meeting cannot be recorded, field by field; `today` is the UK date. */
export function boardMeetingProblems(input: RecordBoardMeetingInput, today: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!isIsoDate(input.heldOn)) problems.push({ path: 'heldOn', message: `"${input.heldOn}" is not a date: write it as YYYY-MM-DD` });
  else if (input.heldOn > today) problems.push({ path: 'heldOn', message: `${input.heldOn} is in the future: record a meeting once it is held` });
  if (input.decisions.length > MAX_ITEMS) problems.push({ path: 'decisions', message: `at most ${MAX_ITEMS}` });
  input.decisions.forEach((d, i) => problems.push(...textProblems(`decisions[${i}]`, d, 4000, true)));
  const arising = input.actionsArising ?? [];
  if (arising.length > MAX_ITEMS) problems.push({ path: 'actionsArising', message: `at most ${MAX_ITEMS}` });
  arising.forEach((a, i) => {
    problems.push(...textProblems(`actionsArising[${i}].text`, a.text, 2000, true), ...textProblems(`actionsArising[${i}].owner`, a.owner, 300));
    const due = blankToNull(a.due);
    if (due !== null && !isIsoDate(due)) problems.push({ path: `actionsArising[${i}].due`, message: `"${due}" is not a date: write it as YYYY-MM-DD` });
  });
  return problems;
}

/** Appends a meeting to a body's record (the database refuses changes and a second meeting on the same day). */
export async function recordBoardMeeting(context: SubgraphContext, input: RecordBoardMeetingInput): Promise<BoardMeeting> {
  const now = context.clock.now();
  const body = await currentBody(context, input.body, 'body');
  refuseProblems(`Meeting of "${input.body}"`, boardMeetingProblems(input, ukDate(now)));
  const em = context.em.fork();
  const row = em.create(BoardMeetingEntity, {
    id: randomUUID(),
    bodyId: body.id,
    heldOn: input.heldOn,
    decisions: input.decisions.map((d) => d.trim()),
    actionsArising: (input.actionsArising ?? []).map((a) => ({ text: a.text.trim(), owner: blankToNull(a.owner), due: blankToNull(a.due) })),
    recordedBy: context.identity.subject,
    recordedAt: now,
  });
  try {
    await em.flush();
  } catch (error) {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    throw conflict(`A meeting of "${input.body}" on ${input.heldOn} is already recorded; meetings are never changed.`, { field: 'heldOn' });
  }
  return row;
}
