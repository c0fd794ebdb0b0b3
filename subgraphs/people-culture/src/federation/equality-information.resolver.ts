import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@edhr/kit';
import { publishedRepresentation } from '../measures/published-representation.service';
import { WorkforceRepresentationSectionType } from '../measures/published-representation.type';
import { EqualityInformationReference } from './equality-information.type';

@Resolver(() => EqualityInformationReference)
export class EqualityInformationWorkforceResolver {
  @FieldResolver(() => [WorkforceRepresentationSectionType], {
    description: 'Workforce representation by rank against the community, per characteristic, from the year\'s latest snapshot: shares only, small groups withheld. Public.',
  })
  workforceRepresentation(@Root() info: EqualityInformationReference, @Ctx() context: SubgraphContext): Promise<WorkforceRepresentationSectionType[]> {
    return publishedRepresentation(context.em, info.organisationId, info.year);
  }
}

export const equalityInformationReference = {
  __resolveReference: (reference: EqualityInformationReference) => reference,
};
