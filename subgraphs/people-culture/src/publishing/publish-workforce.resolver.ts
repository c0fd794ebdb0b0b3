import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { checkPublishRequest, PUBLISHED_ARGUMENT } from '@edhr/kit';
import type { PublishingContext } from './publishing-settings';
import { publishWorkforce, queryWith, type WorkforcePublishResult } from './publish-workforce.service';
import { WorkforcePublishResultType } from './workforce-publish-result.type';
import { ALL_AGGREGATE_SOURCES } from './workforce-aggregates';

@Resolver()
export class PublishWorkforceResolver {
  @Mutation(() => WorkforcePublishResultType, {
    description:
      "Publishes the organisation's workforce aggregates to the partners subgraph (counts, never records): datasets workforce-headcount, " +
      'recruitment, recruitment-successful, promotion, promotion-successful, grievances and misconduct. Counts partners has no category for are ' +
      'listed in notPublished with the reason. Publishing the same figures again changes nothing there. Staff or admin; published: true admin only.',
  })
  async publishWorkforceAggregates(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('published', () => Boolean, PUBLISHED_ARGUMENT)
    published: boolean | null | undefined,
    @Ctx() context: PublishingContext,
  ): Promise<WorkforcePublishResult> {
    const settings = context.services.publishing;
    checkPublishRequest(context, settings.areas, organisation, Boolean(published));
    return publishWorkforce(queryWith(context.em), {
      schema: context.em.config.get('schema') ?? 'people_culture',
      organisationKey: organisation,
      sources: ALL_AGGREGATE_SOURCES,
      published: Boolean(published),
      settings,
      logger: context.logger,
    });
  }
}
