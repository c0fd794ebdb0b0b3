import { graphql } from '../../generated';

/** The readiness check's question: the smallest one the gateway answers itself (registered like the pages' own). */
export const GatewayReadyQuery = graphql(`
  query GatewayReady {
    __typename
  }
`);
