import { graphql } from '../../generated';

export const PublicationOptionsQuery = graphql(`
  query PublicationOptions {
    organisations { id name }
  }
`);

export const PublicationPageQuery = graphql(`
  query PublicationPage($organisation: ID!, $year: Int!) {
    organisations { id name }
    equalityInformation(organisation: $organisation, year: $year) {
      year
      firstDay
      lastDay
      organisation { id name }
      published
      publications { publishedOn url note }
      strategies {
        strategy { id title }
        objectivesReviewDue
        objectivesReviewOverdue
        objectives {
          objective { id code title }
          actions
          actionsComplete
          actionsOverdue
          kpis { id name rag latest { period value } }
        }
      }
      workforceRepresentation {
        characteristic
        snapshotDate
        communitySource
        threshold
        rows { workforce rank category workforceShare communityShare ratio withheld withheldReason }
      }
      serviceDeliveryDisparity { dataset characteristic reference result { ...DisparityFigures } }
      eqiasCompleted { id title kind completedOn decision negativeFor positiveFor unknownFor }
      engagement { id heldOn heldAsWritten groupName topic outcome }
    }
  }
`);
