import { graphql } from '../../generated';

/** There is no delivery action by id: the page takes its strategy's actions and finds it among them. */
export const ActionPageQuery = graphql(`
  query ActionPage($strategy: ID!) {
    strategy(id: $strategy) {
      id
      title
      actions {
        id
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
  }
`);

export const RecordProgressMutation = graphql(`
  mutation RecordProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) { id version status }
  }
`);
