export interface DutyPublicationProblem {
  /** The input field, e.g. `publishedOn`. */
  path: string;
  message: string;
}

/** A publication refused before anything was written; each problem names the field and the reason. */
export class DutyPublicationError extends Error {
  constructor(
    readonly duty: string,
    readonly problems: DutyPublicationProblem[],
  ) {
    super(`Publication for duty "${duty}" refused:\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'DutyPublicationError';
  }
}
