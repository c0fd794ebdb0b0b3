export interface MeasurementProblem {
  /** The input field, e.g. `period`. */
  path: string;
  message: string;
}

/** A measurement refused before anything was written; each problem names the field and the reason. */
export class MeasurementRecordingError extends Error {
  constructor(
    readonly kpi: string,
    readonly problems: MeasurementProblem[],
  ) {
    super(`Measurement for KPI "${kpi}" refused:\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'MeasurementRecordingError';
  }
}
