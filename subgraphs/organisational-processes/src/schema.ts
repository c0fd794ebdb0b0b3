import { buildFederatedSchema } from '@edhr/kit';
import { OrganisationResolver, organisationReference } from './organisations/organisation.resolver';
import { OrganisationStrategiesResolver } from './organisations/organisation-strategies.resolver';
import { PluginResolver } from './plugins/plugin.resolver';
import { StrategyResolver } from './strategies/strategy.resolver';
import { ThemeResolver } from './themes/theme.resolver';
import { ObjectiveResolver } from './objectives/objective.resolver';
import { KpiResolver } from './kpis/kpi.resolver';
import { DeliveryActionResolver } from './delivery-actions/delivery-action.resolver';
import { GovernanceBodyResolver } from './governance/governance-body.resolver';

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
    ],
    referenceResolvers: { Organisation: organisationReference },
  });
}
