import { badUserInput } from '@edhr/kit';
import { MeasurementRecordingError } from '../../model/kpis/measurement-recording.error';

/** Turns a refused measurement into a client error naming each field and reason; other errors pass through. */
export function toMeasurementGraphQLError(error: unknown): unknown {
  if (error instanceof MeasurementRecordingError) {
    return badUserInput(error.message, { kpi: error.kpi, field: error.problems[0]?.path, problems: error.problems });
  }
  return error;
}
