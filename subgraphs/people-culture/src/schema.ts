import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationType } from './organisations/organisation.type';
import { OrganisationPeopleCultureResolver, organisationReference } from './organisations/organisation.resolver';
import { StaffSurveyActionResolver } from './staff-survey/staff-survey-action.resolver';
import { ObjectiveReference } from './federation/objective.type';
import { ObjectiveStaffSurveyResolver, objectiveReference } from './federation/objective.resolver';
import { DeliveryActionReference } from './federation/delivery-action.type';
import { DeliveryActionStaffSurveyResolver, deliveryActionReference } from './federation/delivery-action.resolver';
import { WorkforceImportResolver } from './workforce/import/workforce-import.resolver';
import { WorkforceMeasuresResolver } from './measures/workforce-measures.resolver';
import { SkillRecordResolver } from './skills/skill-record.resolver';
import { PublishWorkforceResolver } from './publishing/publish-workforce.resolver';
import { EqualityInformationReference } from './federation/equality-information.type';
import { EqualityInformationWorkforceResolver, equalityInformationReference } from './federation/equality-information.resolver';

export function buildPeopleCultureSchema() {
  return buildFederatedSchema({
    resolvers: [
      OrganisationPeopleCultureResolver,
      StaffSurveyActionResolver,
      ObjectiveStaffSurveyResolver,
      DeliveryActionStaffSurveyResolver,
      WorkforceImportResolver,
      WorkforceMeasuresResolver,
      SkillRecordResolver,
      PublishWorkforceResolver,
      EqualityInformationWorkforceResolver,
    ],
    // Only extended here, so not reachable from a root field: list them explicitly.
    orphanedTypes: [OrganisationType, ObjectiveReference, DeliveryActionReference, EqualityInformationReference],
    referenceResolvers: {
      Organisation: organisationReference,
      Objective: objectiveReference,
      DeliveryAction: deliveryActionReference,
      EqualityInformation: equalityInformationReference,
    },
  });
}
