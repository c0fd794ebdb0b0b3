import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { revisionsByMeasurement } from '../../model/kpis/kpi.loader';
import { toMeasurementType } from '../../model/kpis/kpi.mapping';
import { kpiForWriting } from '../../model/kpis/kpi-write-access';
import { toMeasurementGraphQLError } from './measurement-error.mapping';
import { MeasurementRecordingService } from '../../model/kpis/measurement-recording.service';
import { MeasurementRevisionType } from '../../model/kpis/measurement-revision.type';
import { MeasurementType } from '../../model/kpis/measurement.type';
import { RecordMeasurementInput } from './record-measurement.input';

@Resolver(() => MeasurementType)
export class MeasurementResolver {
  @Mutation(() => MeasurementType, {
    description:
      'Records a KPI value by hand (admin, or an owner of the KPI\'s theme). A second value for a period needs a correctionReason; the old value is kept as a revision.',
  })
  async recordMeasurement(
    @Arg('input', () => RecordMeasurementInput) input: RecordMeasurementInput,
    @Ctx() context: SubgraphContext,
  ): Promise<MeasurementType> {
    const kpi = await kpiForWriting(context, input.kpi);
    try {
      const { measurement, outcome } = await new MeasurementRecordingService(context.em, context.clock).record(
        kpi.id,
        input.kpi,
        input,
        context.identity.subject,
      );
      context.logger.info({ kpi: input.kpi, period: input.period, outcome }, 'measurement recorded');
      return toMeasurementType(measurement);
    } catch (error) {
      throw toMeasurementGraphQLError(error);
    }
  }

  @FieldResolver(() => [MeasurementRevisionType], { description: 'Values corrections replaced, oldest first; empty when never corrected.' })
  revisions(@Root() measurement: MeasurementType, @Ctx() context: SubgraphContext): Promise<MeasurementRevisionType[]> {
    return revisionsByMeasurement(context).load(measurement.id);
  }
}
