/** The full dashboard query: one strategy down to KPIs with their latest value and delivery actions. */
export const DASHBOARD_QUERY = /* GraphQL */ `
  query Dashboard($id: ID!) {
    strategy(id: $id) {
      id
      title
      vision
      values { name }
      organisation { id name }
      themes {
        id
        code
        name
        aims
        lead
        objectives {
          id
          code
          statement
          owners
          kpis { id name unit direction targetValue latest { period value } }
          actions { id reference dueAsWritten dueDate status owners progress { text } }
        }
        kpis { id name latest { period value } }
      }
      governance { id name kind }
    }
  }
`;
