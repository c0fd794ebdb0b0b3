import { graphql } from '../../generated';

export const EqiaRegisterQuery = graphql(`
  query EqiaRegister($organisation: ID!, $filter: EqiaFilter) {
    organisations { id name }
    eqias(organisation: $organisation, filter: $filter) {
      id
      title
      kind
      stage
      decision
      dueAsWritten
      dueDate
      reviewDue
      reviewOverdue
      negativeFor
    }
  }
`);

export const EqiaPageQuery = graphql(`
  query EqiaPage($id: ID!) {
    eqia(id: $id) {
      id
      title
      kind
      owner
      stage
      completedOn
      dueAsWritten
      dueDate
      impacts { characteristic impact evidence }
      consultation
      decision
      justification
      reviewDue
      reviewOverdue
      lastReviewedOn
      sourceLocation
      sourceQuote
      organisation { id name }
      objectives { id code title strategyKey }
      mitigations { id reference title strategyKey }
      reviews { reviewedOn outcome decision nextReviewDue }
    }
  }
`);
