import { badUserInput } from '@edhr/kit';

export interface InputProblem {
  /** The input field, e.g. `impacts[2].evidence`. */
  path: string;
  message: string;
}

/** Input refused before anything was written; each problem names the field and the reason. */
export class InputProblemsError extends Error {
  constructor(
    readonly subject: string,
    readonly problems: InputProblem[],
  ) {
    super(`${subject} refused:\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'InputProblemsError';
  }
}

/** Throws when there is any problem. */
export function refuseProblems(subject: string, problems: InputProblem[]): void {
  if (problems.length > 0) throw new InputProblemsError(subject, problems);
}

/** Runs `write`, turning an `InputProblemsError` into BAD_USER_INPUT naming the first field and listing them all. */
export async function asBadUserInput<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof InputProblemsError) {
      throw badUserInput(error.message, { field: error.problems[0]?.path, problems: error.problems });
    }
    throw error;
  }
}

/** A trimmed text, or null when blank. */
export function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim();
}

/** Problems of an optional text field: at most `max` characters. */
export function textProblems(path: string, value: string | null | undefined, max: number, required = false): InputProblem[] {
  const text = blankToNull(value);
  if (text === null) return required ? [{ path, message: 'must not be empty' }] : [];
  return text.length > max ? [{ path, message: `must be at most ${max.toLocaleString('en-GB')} characters` }] : [];
}
