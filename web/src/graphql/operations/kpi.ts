import { graphql } from '../../generated';

/** The one KPI, with its theme, and no more of its strategy than the page's caption and back link. */
export const KpiPageQuery = graphql(`
  query KpiPage($strategy: ID!, $kpi: ID!) {
    strategy(id: $strategy) { id title }
    kpi(id: $kpi) { ...KpiDetail }
  }

  fragment KpiDetail on Kpi {
    id
    strategyKey
    theme { id name }
    name
    description
    unit
    direction
    frequency
    owners
    baselineValue
    baselinePeriod
    targetValue
    targetDate
    measuredBy
    rag
    stale
    latest { period value }
    trend { direction change improving }
    measurements {
      id
      period
      value
      source
      note
      recordedBy
      recordedAt
      correctionReason
      revisions { id value source recordedBy recordedAt correctionReason correctedBy correctedAt }
    }
  }
`);

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) { id period value }
  }
`);
