import { graphql } from '../../generated';

/** The one delivery action, and no more of its strategy than the page's caption and back link. */
export const ActionPageQuery = graphql(`
  query ActionPage($strategy: ID!, $action: ID!) {
    strategy(id: $strategy) { id title }
    deliveryAction(id: $action) {
      id
      strategyKey
      reference
      title
      actions
      characteristicsAsWritten
      owners
      dueAsWritten
      status
      version
      overdue
      risks
      objective { id code statement }
      history { id text date status percentComplete evidence recordedBy recordedAt }
    }
  }
`);

export const RecordProgressMutation = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) { id version status }
  }
`);
