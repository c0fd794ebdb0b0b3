import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DisclosureContext } from '../disclosure/disclosure.config';
import { EqualityInformationReference, PublishedDisparityType } from './equality-information.type';
import { publishedDisparity } from './published-disparity.service';

@Resolver(() => EqualityInformationReference)
export class EqualityInformationDisparityResolver {
  @FieldResolver(() => [PublishedDisparityType], {
    description: 'Service-delivery disparity of the year in the organisation\'s area: the public disparity answer for each dataset published, never raw counts. Public.',
  })
  @Directive('@requires(fields: "areaCode")')
  async serviceDeliveryDisparity(@Root() info: EqualityInformationReference, @Ctx() context: DisclosureContext): Promise<PublishedDisparityType[]> {
    if (!info.areaCode) return [];
    return publishedDisparity(context.em, context.services.disclosureKey, info.areaCode, info.year);
  }
}

export const equalityInformationReference = {
  __resolveReference: (reference: EqualityInformationReference) => reference,
};
