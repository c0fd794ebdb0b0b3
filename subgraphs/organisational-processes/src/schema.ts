import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationResolver, organisationReference } from './graph/organisations/organisation.resolver';
import { OrganisationStrategiesResolver } from './graph/organisations/organisation-strategies.resolver';
import { PluginResolver } from './graph/plugins/plugin.resolver';
import { StrategyResolver } from './graph/strategies/strategy.resolver';
import { ThemeResolver } from './graph/themes/theme.resolver';
import { ObjectiveResolver } from './graph/objectives/objective.resolver';
import { KpiResolver } from './graph/kpis/kpi.resolver';
import { DeliveryActionResolver } from './graph/delivery-actions/delivery-action.resolver';
import { GovernanceBodyResolver } from './graph/governance/governance-body.resolver';
import { MeasurementResolver } from './graph/kpis/measurement.resolver';
import { MeasurementRefreshResolver } from './graph/kpis/measurement-refresh.resolver';
import { DeliveryActionListResolver } from './graph/delivery-actions/listing/delivery-action-list.resolver';
import { PluginDeliveriesResolver } from './graph/plugins/plugin-deliveries.resolver';
import { objectiveReference } from './graph/objectives/objective.reference';
import { deliveryActionReference } from './graph/delivery-actions/delivery-action.reference';
import { DutyPublicationResolver, DutyResolver } from './graph/duties/duty.resolver';
import { OwnerResolver, ownerReference } from './graph/owners/owner.resolver';
import { ProgressResolver } from './graph/delivery-actions/progress/progress.resolver';
import { EqiaResolver, eqiaReference } from './graph/eqias/eqia.resolver';
import { EngagementResolver } from './graph/engagement/engagement.resolver';
import { EqiaEngagementResolver } from './graph/engagement/eqia-engagement.resolver';
import { BoardMeetingResolver } from './graph/boards/board-meeting.resolver';
import { BoardPackResolver } from './graph/boards/board-pack.resolver';
import { EqualityInformationResolver, equalityInformationReference } from './graph/equality-information/equality-information.resolver';
import { StrategyReviewResolver } from './graph/equality-information/strategy-review.resolver';

export function buildOrganisationalProcessesSchema() {
  return buildFederatedSchema({
    resolvers: [
      OrganisationResolver,
      OrganisationStrategiesResolver,
      PluginResolver,
      StrategyResolver,
      ThemeResolver,
      ObjectiveResolver,
      KpiResolver,
      DeliveryActionResolver,
      GovernanceBodyResolver,
      MeasurementResolver,
      MeasurementRefreshResolver,
      DeliveryActionListResolver,
      PluginDeliveriesResolver,
      DutyResolver,
      DutyPublicationResolver,
      OwnerResolver,
      ProgressResolver,
      EqiaResolver,
      EngagementResolver,
      EqiaEngagementResolver,
      BoardMeetingResolver,
      BoardPackResolver,
      EqualityInformationResolver,
      StrategyReviewResolver,
    ],
    referenceResolvers: {
      Organisation: organisationReference,
      Objective: objectiveReference,
      DeliveryAction: deliveryActionReference,
      Owner: ownerReference,
      Eqia: eqiaReference,
      EqualityInformation: equalityInformationReference,
    },
  });
}
