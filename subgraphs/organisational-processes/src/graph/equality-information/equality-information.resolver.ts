import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { EqualityInformationType } from '../../model/equality-information/equality-information.type';
import { equalityInformation } from '../../model/equality-information/equality-information.service';

@Resolver(() => EqualityInformationType)
export class EqualityInformationResolver {
  @Query(() => EqualityInformationType, {
    nullable: true,
    description: 'An organisation\'s equality information for a calendar year, every section public. Null for an unknown organisation.',
  })
  equalityInformation(
    @Arg('organisation', () => ID) organisation: string,
    @Arg('year', () => Int, { description: 'A calendar year, e.g. 2027.' }) year: number,
    @Ctx() context: SubgraphContext,
  ): Promise<EqualityInformationType | null> {
    return equalityInformation(context, organisation, year);
  }
}

export const equalityInformationReference = {
  __resolveReference: (reference: { organisationId: string; year: number }, context: SubgraphContext) =>
    equalityInformation(context, reference.organisationId, reference.year),
};
