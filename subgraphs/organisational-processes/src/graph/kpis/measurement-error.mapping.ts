import { GraphQLError } from 'graphql';
import { MeasurementRecordingError } from '../../model/kpis/measurement-recording.error';

/** Turns a refused measurement into a client error naming each field and reason; other errors pass through. */
export function toMeasurementGraphQLError(error: unknown): unknown {
  if (error instanceof MeasurementRecordingError) {
    return new GraphQLError(error.message, {
      extensions: { code: 'BAD_USER_INPUT', kpi: error.kpi, field: error.problems[0]?.path, problems: error.problems },
    });
  }
  return error;
}
