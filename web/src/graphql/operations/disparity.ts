import { graphql } from '../../generated';

export const DisparityOptionsQuery = graphql(`
  query DisparityOptions {
    organisations { id name areaCode }
  }
`);

export const DisparityPageQuery = graphql(`
  query DisparityPage($dataset: String!, $characteristic: String!, $reference: String!, $area: String!, $period: String!) {
    organisations { id name areaCode }
    disparity(dataset: $dataset, characteristic: $characteristic, reference: $reference, area: $area, period: $period) { ...DisparityFigures }
  }

  fragment DisparityFigures on DisparityResult {
    period
    periodKind
    firstDay
    lastDay
    monthsExpected
    monthsHeld
    complete
    hasData
    records
    usableRecords
    coverage
    sources
    denominator { source edition }
    suppressionApplied
    suppressionThreshold
    countsPerturbed
    ratePer
    notes
    rows {
      category
      isReference
      usable
      count
      suppressed
      suppressionReason
      denominator
      rate { computable value reason }
      ratio { computable value lower upper significant reason }
    }
  }
`);
