import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { DeliveryActionType } from '../../../model/delivery-actions/delivery-action.type';
import { toDeliveryActionType } from '../../../model/delivery-actions/delivery-action.mapping';
import { badUserInput } from '@edhr/kit';
import { RecordProgressInput } from './record-progress.input';
import { ProgressRecordingError, ProgressRecordingService } from '../../../model/delivery-actions/progress/progress-recording.service';
import { actionForWriting } from '../../../model/delivery-actions/progress/progress-write-access';

@Resolver(() => DeliveryActionType)
export class ProgressResolver {
  @Mutation(() => DeliveryActionType, {
    description:
      'Appends a dated progress entry to a delivery action (admin, or an owner of the action\'s theme); its status becomes the action\'s. ' +
      'Refused (CONFLICT) unless the action is still at expectedVersion; bad input is BAD_USER_INPUT naming the field, and nothing is written.',
  })
  async recordProgress(
    @Arg('input', () => RecordProgressInput) input: RecordProgressInput,
    @Ctx() context: SubgraphContext,
  ): Promise<DeliveryActionType> {
    const action = await actionForWriting(context, input.action);
    try {
      const updated = await new ProgressRecordingService(context.em, context.clock).record(action.id, input.action, input, context.identity.subject);
      context.logger.info({ action: input.action, status: updated.status, version: updated.version }, 'progress recorded');
      return toDeliveryActionType(updated);
    } catch (error) {
      if (error instanceof ProgressRecordingError) {
        throw badUserInput(error.message, { action: error.action, field: error.problems[0]?.path, problems: error.problems });
      }
      throw error;
    }
  }
}
