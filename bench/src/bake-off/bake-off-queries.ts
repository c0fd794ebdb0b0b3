/** The query touching all four subgraphs: an organisation (organisational-processes) and the summary each other subgraph adds to it. */
export const FOUR_SUBGRAPHS_QUERY = /* GraphQL */ `
  query FourSubgraphs {
    organisation(id: "west-midlands-police") {
      id
      name
      kind
      strategies { id title }
      serviceDelivery { importedFiles encounterRecords }
      peopleCulture { staffSurveyActions }
      partnerSharing { partnerAgencies }
    }
  }
`;
