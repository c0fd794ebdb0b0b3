import { graphql } from '../../generated';

/** There is no KPI by id: the KPI page takes its strategy's KPIs and finds it among them. */
export const KpiPageQuery = graphql(`
  query KpiPage($strategy: ID!) {
    strategy(id: $strategy) {
      id
      title
      themes { id name kpis { ...KpiDetail } }
      kpis { ...KpiDetail }
    }
  }

  fragment KpiDetail on Kpi {
    id
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
