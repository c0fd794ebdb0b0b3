import { graphql } from '../../generated';

export const WorkforceOptionsQuery = graphql(`
  query WorkforceOptions {
    organisations { id name }
  }
`);

export const WorkforcePageQuery = graphql(`
  query WorkforcePage($organisation: ID!, $characteristic: String!, $category: String!) {
    organisations { id name }
    representation(organisation: $organisation, characteristic: $characteristic, category: $category, byRank: true) {
      date
      characteristic
      category
      groupInCommunity
      communityTotal
      communitySource
      overall { ...RepresentationFigures }
      byRank { ...RepresentationFigures }
    }
  }

  fragment RepresentationFigures on RepresentationRow {
    workforce
    rank
    groupInWorkforce
    workforceTotal
    computable
    value
    workforceShare
    communityShare
    notComputableReason
  }
`);
