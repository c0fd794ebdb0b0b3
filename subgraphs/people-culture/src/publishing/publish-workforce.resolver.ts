import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badUserInput, forbidden, hasRole, requireRole, type SubgraphContext } from '@edhr/kit';
import { publishingSettings } from './publishing-settings';
import { areaProblem, publishWorkforce, queryWith, type WorkforcePublishResult } from './publish-workforce.service';
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
    @Arg('published', () => Boolean, {
      nullable: true,
      defaultValue: false,
      description: 'Mark the figures as public (partners then shows them to the public, suppressed). Admin only; default false.',
    })
    published: boolean | null | undefined,
    @Ctx() context: SubgraphContext,
  ): Promise<WorkforcePublishResult> {
    requireRole(context, 'staff', 'admin');
    if (published && !hasRole(context.identity, 'admin')) {
      throw forbidden('Only an admin may publish figures to the public (published: true).');
    }
    const settings = publishingSettings();
    const noArea = areaProblem(settings, organisation);
    if (noArea) throw badUserInput(noArea);
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
