import { graphql } from '../../generated';

export const StrategiesPageQuery = graphql(`
  query StrategiesPage {
    strategies {
      id
      title
      periodFrom
      periodTo
      organisation { id name }
      themes { id }
    }
  }
`);

export const DashboardPageQuery = graphql(`
  query DashboardPage($strategy: ID!, $characteristic: String, $actions: DeliveryActionFilter!) {
    strategy(id: $strategy) {
      id
      title
      vision
      periodFrom
      periodTo
      organisation { id name }
      governance { id name kind }
      themes {
        id
        code
        name
        lead
        objectives(characteristic: $characteristic) { ...DashboardObjective }
        kpis { ...DashboardKpi }
      }
      objectives(characteristic: $characteristic) { ...DashboardObjective }
      kpis { ...DashboardKpi }
    }
    actions(filter: $actions, first: 100) {
      totalCount
      edges { node { id reference title status owners overdue dueAsWritten dueDate characteristics } }
    }
    owners(strategy: $strategy) { name }
  }

  fragment DashboardObjective on Objective {
    id
    code
    title
    statement
    owners
    characteristics
    kpis { id }
  }

  fragment DashboardKpi on Kpi {
    id
    name
    unit
    direction
    targetValue
    characteristics
    rag
    stale
    latest { period value }
    trend { direction improving }
    measurements { period value }
  }
`);
