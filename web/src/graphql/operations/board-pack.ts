import { graphql } from '../../generated';

export const BoardPackPageQuery = graphql(`
  query BoardPackPage($body: ID!, $asOf: String!) {
    boardPack(body: $body, asOf: $asOf) {
      asOf
      body { id name chair }
      previousMeeting { heldOn decisions }
      changesSince
      actionsByStatus {
        status
        actions {
          action { id reference title owners dueAsWritten overdue strategyKey }
          changedSincePreviousMeeting
          statusChanges { from to on }
          progressSince { text date }
        }
      }
      redKpis { ...BoardPackKpi }
      amberKpis { ...BoardPackKpi }
      staleKpis { ...BoardPackKpi }
      overdueEqiaReviews { id title reviewDue }
      openFindings { id dataset characteristic category reference period ratio }
      risks { text action { id reference title strategyKey } }
    }
  }

  fragment BoardPackKpi on Kpi {
    id
    name
    rag
    latest { period value }
  }
`);
