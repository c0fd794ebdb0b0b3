import { graphql } from '../../generated';

/** The cheapest question the gateway answers: whether it accepts the token at all. */
export const SignInCheckQuery = graphql(`
  query SignInCheck {
    __typename
  }
`);
