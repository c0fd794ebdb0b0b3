import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { ErrorCode } from '@edhr/kit';
import type { LimitsConfig } from './limits-config';

/** The code each limit's refusal carries in `extensions.code`. */
export const LIMIT_CODES = {
  depth: ErrorCode.QUERY_TOO_DEEP,
  cost: ErrorCode.QUERY_TOO_COSTLY,
  aliases: ErrorCode.TOO_MANY_ALIASES,
  directives: ErrorCode.TOO_MANY_DIRECTIVES,
  tokens: ErrorCode.TOO_MANY_TOKENS,
} as const;

/**
 * A refusal of the request itself, in the GraphQL-over-HTTP spec's terms: `http.spec` marks it
 * as a request error, so the runtime answers 400 when the client accepts
 * `application/graphql-response+json` and 200 when it asked for `application/json` (the
 * spec's legacy rule for clients that read the body whatever the status).
 */
export function limitError(message: string, code: ErrorCode, like?: GraphQLError): GraphQLError {
  // Made with the class of the error graphql-armor raised, which is the one the runtime checks
  // errors against (`instanceof`): where graphql is loaded twice (its CommonJS and ES module
  // builds, as under a bundler), an error of the other class would lose its status.
  const ErrorClass = (like?.constructor ?? GraphQLError) as typeof GraphQLError;
  return new ErrorClass(message, { extensions: { code, http: { status: 400, spec: true } } });
}

/** graphql-armor names every refusal a syntax error; the message without that prefix. */
const plainMessage = (error: GraphQLError) => error.message.replace(/^Syntax Error:\s*/, '');

/** graphql-armor's rejection callback. */
type RejectCallback = (context: ValidationContext | null, error: GraphQLError) => void;

/** Reports a validation-rule refusal as a validation error with the limit's code. */
const reportAs =
  (code: ErrorCode): RejectCallback =>
  (context, error) => {
    context?.reportError(limitError(plainMessage(error), code, error));
  };

/**
 * Depth, cost, alias, directive and token limits (graphql-armor), checked before any subgraph
 * is called. Every alias counts, `__typename` included. Refusals carry a code and a status
 * (see `limitError`) instead of armor's "Syntax Error:". Field suggestions are hidden in production
 * so error messages do not reveal the schema.
 */
export function queryLimitsPlugin(limits: LimitsConfig, production: boolean) {
  return EnvelopArmorPlugin({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: !production,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [reportAs(LIMIT_CODES.depth)],
    },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: !production,
      propagateOnRejection: false,
      onReject: [reportAs(LIMIT_CODES.cost)],
    },
    maxAliases: { n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: [reportAs(LIMIT_CODES.aliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reportAs(LIMIT_CODES.directives)] },
    maxTokens: {
      n: limits.maxTokens,
      // Counted while parsing, where there is no validation context to report to: the first token
      // over the limit stops the parse with this error instead of armor's.
      onReject: [
        (_context, error) => {
          throw limitError(plainMessage(error), LIMIT_CODES.tokens, error);
        },
      ],
    },
    blockFieldSuggestion: { enabled: production },
  });
}
