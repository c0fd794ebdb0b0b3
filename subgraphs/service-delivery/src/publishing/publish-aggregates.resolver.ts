import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { badUserInput, checkPublishRequest, PUBLISHED_ARGUMENT } from '@edhr/kit';
import { parseMonth, type MonthRange } from './months';
import type { PublishingContext } from './publishing-settings';
import { publishStopSearch, type PublishResult } from './publish-stop-search.service';
import { PublishResultType } from './publish-result.type';
import { connectionPerQuery } from './query-connection';

function monthArg(name: string, value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const month = parseMonth(value);
  if (month === null) throw badUserInput(`${name} "${value}" is not a month written YYYY-MM.`);
  return month;
}

/** Bounds standing for an open end: PostgreSQL has no year 0, and the month after the last must still be a date. */
const EARLIEST = 1000 * 12;
const LATEST = 9998 * 12 + 11;

/** The months asked for; a missing end is open (the first or last month held). */
function rangeOf(from: number | null, to: number | null): MonthRange | null {
  if (from === null && to === null) return null;
  if (from !== null && to !== null && from > to) throw badUserInput('from is after to.');
  return { from: Math.max(from ?? EARLIEST, EARLIEST), to: Math.min(to ?? LATEST, LATEST) };
}

@Resolver()
export class PublishAggregatesResolver {
  @Mutation(() => PublishResultType, {
    description:
      'Publishes the organisation\'s stop-and-search counts per month (UK time) by ethnic group, sex and age band to the partners subgraph ' +
      '(aggregates only, never records). Re-publishing the same data changes nothing there. The figures are not public unless an admin says so. Staff or admin.',
  })
  async publishStopSearchAggregates(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (UK time); default the first month held.' })
    from: string | null | undefined,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (UK time), included; default the last month held.' })
    to: string | null | undefined,
    @Arg('published', () => Boolean, PUBLISHED_ARGUMENT)
    published: boolean | null | undefined,
    @Ctx() context: PublishingContext,
  ): Promise<PublishResult> {
    const settings = context.services.publishing;
    checkPublishRequest(context, settings.areas, organisation, Boolean(published));
    const range = rangeOf(monthArg('from', from), monthArg('to', to));
    const config = context.em.config;
    return publishStopSearch(connectionPerQuery(config.get('clientUrl')), {
      schema: config.get('schema') ?? 'service_delivery',
      organisationKey: organisation,
      range,
      published: Boolean(published),
      settings,
      logger: context.logger,
    });
  }
}
