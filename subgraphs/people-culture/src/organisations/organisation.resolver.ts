import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { countBy, type SubgraphContext } from '@edhr/kit';
import { StaffSurveyActionEntity } from '../staff-survey/staff-survey-action.entity';
import { OrganisationType, PeopleCultureSummary } from './organisation.type';

@Resolver(() => OrganisationType)
export class OrganisationPeopleCultureResolver {
  @FieldResolver(() => PeopleCultureSummary, { description: 'Workforce data held by the people-culture subgraph.' })
  async peopleCulture(@Root() organisation: OrganisationType, @Ctx() context: SubgraphContext): Promise<PeopleCultureSummary> {
    const staffSurveyActions = await countBy(context, StaffSurveyActionEntity, 'organisationKey').load(organisation.id);
    return { staffSurveyActions };
  }
}

export const organisationReference = {
  __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
};
