import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireRole, ukDate, type Role, type SubgraphContext } from '@edhr/kit';
import { asBadUserInput } from '../../model/common/input-problems';
import { OrganisationType } from '../../model/organisations/organisation.type';
import { organisationByKey } from '../../model/organisations/organisation.loader';
import { ObjectiveType } from '../../model/objectives/objective.type';
import { objectiveByQualifiedId } from '../../model/objectives/objective.loader';
import { DeliveryActionType } from '../../model/delivery-actions/delivery-action.type';
import { actionByQualifiedId } from '../../model/delivery-actions/delivery-action.loader';
import { EqiaReviewType, EqiaType } from '../../model/eqias/eqia.type';
import { CreateEqiaInput, EqiaFilterInput, RecordEqiaReviewInput, UpdateEqiaInput } from '../../model/eqias/eqia.input';
import { eqiaById, eqiasByOrganisation, reviewsByEqia } from '../../model/eqias/eqia.loader';
import { isReviewOverdue, toEqiaType } from '../../model/eqias/eqia.mapping';
import { filterEqias } from './eqia-filter';
import { EqiaService } from '../../model/eqias/eqia.service';
import { EQIA_READERS } from './eqia-readers';

const WRITERS: Role[] = ['admin', 'theme-owner'];

@Resolver(() => EqiaType)
export class EqiaResolver {
  @Query(() => [EqiaType], { description: 'An organisation\'s EQIA register, by title, filtered. Staff, theme owners and admins.' })
  async eqias(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('filter', () => EqiaFilterInput, { nullable: true }) filter: EqiaFilterInput | null,
    @Ctx() context: SubgraphContext,
  ): Promise<EqiaType[]> {
    requireRole(context, ...EQIA_READERS);
    return filterEqias(await eqiasByOrganisation(context).load(organisation), filter, ukDate(context.clock.now()));
  }

  @Query(() => EqiaType, { nullable: true, description: 'One EQIA. Staff, theme owners and admins.' })
  eqia(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<EqiaType | null> {
    requireRole(context, ...EQIA_READERS);
    return eqiaById(context).load(id);
  }

  @Mutation(() => EqiaType, {
    description: 'Adds an EQIA to the register (admin, or an owner of a theme of one of its objectives). Bad input is BAD_USER_INPUT naming the field; nothing is written.',
  })
  async createEqia(@Arg('input', () => CreateEqiaInput) input: CreateEqiaInput, @Ctx() context: SubgraphContext): Promise<EqiaType> {
    requireRole(context, ...WRITERS);
    const row = await asBadUserInput(() => new EqiaService(context).create(input));
    context.logger.info({ eqia: row.id }, 'eqia created');
    return toEqiaType(row);
  }

  @Mutation(() => EqiaType, {
    description: 'Changes the fields given (admin, or an owner of a theme of one of its objectives, before and after). Refused (CONFLICT) unless it is still at expectedVersion.',
  })
  async updateEqia(@Arg('input', () => UpdateEqiaInput) input: UpdateEqiaInput, @Ctx() context: SubgraphContext): Promise<EqiaType> {
    requireRole(context, ...WRITERS);
    const row = await asBadUserInput(() => new EqiaService(context).update(input));
    context.logger.info({ eqia: row.id, version: row.version }, 'eqia updated');
    return toEqiaType(row);
  }

  @Mutation(() => EqiaType, {
    description: 'Appends a review; its next review date becomes the EQIA\'s, and its decision, when given, the EQIA\'s. Refused (CONFLICT) unless the EQIA is still at expectedVersion.',
  })
  async recordEqiaReview(@Arg('input', () => RecordEqiaReviewInput) input: RecordEqiaReviewInput, @Ctx() context: SubgraphContext): Promise<EqiaType> {
    requireRole(context, ...WRITERS);
    const row = await asBadUserInput(() => new EqiaService(context).review(input));
    context.logger.info({ eqia: row.id, version: row.version }, 'eqia review recorded');
    return toEqiaType(row);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'True when today (UK date) is after reviewDue; null without a review date.' })
  reviewOverdue(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): boolean | null {
    return isReviewOverdue(eqia, ukDate(context.clock.now()));
  }

  @FieldResolver(() => OrganisationType, { nullable: true })
  organisation(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): Promise<OrganisationType | null> {
    return organisationByKey(context).load(eqia.organisationKey);
  }

  @FieldResolver(() => [ObjectiveType], { description: 'The objectives it serves.' })
  async objectives(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): Promise<ObjectiveType[]> {
    return (await objectiveByQualifiedId(context).loadMany(eqia.objectiveIds)).flatMap((list) => (list instanceof Error ? [] : list));
  }

  @FieldResolver(() => [DeliveryActionType], { description: 'The delivery actions carrying its mitigations.' })
  async mitigations(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): Promise<DeliveryActionType[]> {
    return (await actionByQualifiedId(context).loadMany(eqia.mitigationActionIds)).flatMap((list) => (list instanceof Error ? [] : list));
  }

  @FieldResolver(() => [EqiaReviewType], { description: 'Reviews recorded, oldest first; never changed.' })
  reviews(@Root() eqia: EqiaType, @Ctx() context: SubgraphContext): Promise<EqiaReviewType[]> {
    return reviewsByEqia(context).load(eqia.id);
  }
}

export const eqiaReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) => {
    requireRole(context, ...EQIA_READERS);
    return eqiaById(context).load(reference.id);
  },
};
