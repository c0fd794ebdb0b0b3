import type { GraphQLError } from 'graphql';

/** "Did you mean …?" sentences, for fields, arguments, types and enum values alike. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** Extension keys that name the services behind the gateway. */
const INTERNAL_EXTENSIONS = ['serviceName', 'subgraph', 'subgraphName'];

/** An error message with every suggestion taken out. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

type ErrorLike = Pick<GraphQLError, 'message'> & { extensions?: Record<string, unknown> };

/** Takes suggestions out of the message and the internal service names out of the extensions, in place. */
export function scrubError(error: ErrorLike): void {
  const message = withoutSuggestions(error.message);
  if (message !== error.message) error.message = message;
  if (!error.extensions) return;
  for (const key of INTERNAL_EXTENSIONS) {
    if (key in error.extensions) delete error.extensions[key];
  }
}

type ResultLike = { errors?: readonly ErrorLike[] };

/**
 * In production, the answer names nothing the client did not send: no suggested field, type,
 * argument or enum value ("Did you mean the enum value …?", from validation, from variable
 * coercion or from a subgraph), and no subgraph by name (`extensions.serviceName`). Applied to
 * the final result, so errors from every stage are covered.
 */
export function productionErrorsPlugin() {
  return {
    onResultProcess({ result }: { result: unknown }) {
      const results = (Array.isArray(result) ? result : [result]) as unknown[];
      for (const one of results) {
        if (one === null || typeof one !== 'object') continue;
        // A streamed result (an async iterable) has no `errors` array of its own.
        const errors = (one as ResultLike).errors;
        if (Array.isArray(errors)) for (const error of errors as ErrorLike[]) scrubError(error);
      }
    },
  };
}
