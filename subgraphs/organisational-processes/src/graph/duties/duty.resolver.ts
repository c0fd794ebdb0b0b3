import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { notFound, badUserInput, requireRole, ukDate, type Role, type SubgraphContext } from '@edhr/kit';
import { PluginEntity } from '../../model/plugins/plugin.entity';
import { DutyEntity, type Duty } from '../../model/duties/duty.entity';
import { dutyByRowId, publicationsByDuty } from '../../model/duties/duty.loader';
import { toDutyPublicationType } from '../../model/duties/duty.mapping';
import { dutyTiming, type DutyTiming } from '../../model/duties/duty-period';
import { DutyPublicationError } from '../../model/duties/duty-publication.error';
import { DutyPublicationService } from '../../model/duties/duty-publication.service';
import { DutyPublicationType, DutyType } from '../../model/duties/duty.type';
import { RecordDutyPublicationInput } from './record-duty-publication.input';

/** The force's own people record publications: staff and admins (a theme owner is a member of staff). */
const PUBLICATION_WRITERS: Role[] = ['admin', 'staff', 'theme-owner'];

@Resolver(() => DutyType)
export class DutyResolver {
  @FieldResolver(() => [DutyPublicationType], { description: 'Publications recorded for it, by publication date.' })
  publications(@Root() duty: DutyType, @Ctx() context: SubgraphContext): Promise<DutyPublicationType[]> {
    return publicationsByDuty(context).load(duty.rowId);
  }

  @FieldResolver(() => DutyPublicationType, { nullable: true, description: 'The publication with the latest publication date.' })
  async latestPublication(@Root() duty: DutyType, @Ctx() context: SubgraphContext): Promise<DutyPublicationType | null> {
    return (await publicationsByDuty(context).load(duty.rowId)).at(-1) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the one "not later than <date>" the requirement names, e.g. 31st January 2012; null when it names none.',
  })
  async firstDue(@Root() duty: DutyType, @Ctx() context: SubgraphContext): Promise<string | null> {
    return (await timing(duty, context)).firstDue;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: the latest publication plus intervalYears; before any publication, firstDue. Null with a publication but no interval, or with neither a publication nor a firstDue.',
  })
  async nextDue(@Root() duty: DutyType, @Ctx() context: SubgraphContext): Promise<string | null> {
    return (await timing(duty, context)).nextDue;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'True when today (UK) is after nextDue; null when nextDue is.' })
  async overdue(@Root() duty: DutyType, @Ctx() context: SubgraphContext): Promise<boolean | null> {
    return (await timing(duty, context)).overdue;
  }

  @Mutation(() => DutyPublicationType, {
    description: 'Records a publication made to meet a duty (admin or staff, a theme owner being staff). Append-only: recorded publications are never changed.',
  })
  async recordDutyPublication(
    @Arg('input', () => RecordDutyPublicationInput) input: RecordDutyPublicationInput,
    @Ctx() context: SubgraphContext,
  ): Promise<DutyPublicationType> {
    requireRole(context, ...PUBLICATION_WRITERS);
    const duty = await currentDuty(context, input.duty);
    try {
      const publication = await new DutyPublicationService(context.em, context.clock).record(duty.id, input.duty, input, context.identity.subject);
      context.logger.info({ duty: input.duty, publishedOn: input.publishedOn }, 'duty publication recorded');
      return toDutyPublicationType(publication);
    } catch (error) {
      if (error instanceof DutyPublicationError) {
        throw badUserInput(error.message, { duty: error.duty, field: error.problems[0]?.path, problems: error.problems });
      }
      throw error;
    }
  }
}

@Resolver(() => DutyPublicationType)
export class DutyPublicationResolver {
  @FieldResolver(() => DutyType)
  async duty(@Root() publication: DutyPublicationType, @Ctx() context: SubgraphContext): Promise<DutyType> {
    const duty = await dutyByRowId(context).load(publication.dutyRowId);
    if (!duty) throw new Error(`publication ${publication.id} names unknown duty row ${publication.dutyRowId}`);
    return duty;
  }
}

async function timing(duty: DutyType, context: SubgraphContext): Promise<DutyTiming> {
  return dutyTiming(duty.frequency, await publicationsByDuty(context).load(duty.rowId), ukDate(context.clock.now()), duty.requirement);
}

/** The current (not archived, plugin enabled) duty with GraphQL id `pluginId:key`, or NOT_FOUND. */
async function currentDuty(context: SubgraphContext, id: string): Promise<Duty> {
  const colon = id.indexOf(':');
  const duty =
    colon < 0 ? null : await context.em.findOne(DutyEntity, { pluginId: id.slice(0, colon), key: id.slice(colon + 1), archived: false });
  const plugin = duty ? await context.em.findOne(PluginEntity, { pluginId: duty.pluginId }, { fields: ['enabled'] }) : null;
  if (!duty || !plugin?.enabled) {
    throw notFound(`No current duty "${id}".`, { field: 'duty' });
  }
  return duty;
}
