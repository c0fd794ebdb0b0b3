import type { TypedDocumentString } from '../generated/graphql';

/** One GraphQL error as the gateway reports it. */
export interface GatewayError {
  message: string;
  extensions?: { code?: string; field?: string; problems?: { path: string; message: string }[]; currentVersion?: number } & Record<string, unknown>;
}

export type GatewayResult<TResult> = { data: TResult; errors?: undefined } | { data?: TResult | null; errors: GatewayError[] };

/** The gateway refused the request as a whole (no data at all): an untrusted token, a limit, an outage. */
export class GatewayUnavailableError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface GatewayClient {
  /** Runs one typed operation as the caller whose bearer token is given (none: the public role). */
  execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    token: string | undefined,
  ): Promise<GatewayResult<TResult>>;
}

/**
 * A client of the gateway's public GraphQL endpoint: POST, JSON, the caller's bearer token. With
 * `trustedDocuments`, each operation goes by its SHA-256 alone (the gateway must have registered
 * web/src/generated/persisted-documents.json); otherwise the document is sent whole.
 */
export function createGatewayClient(gatewayUrl: string, options: { timeoutMs?: number; trustedDocuments?: boolean } = {}): GatewayClient {
  const payload = (document: TypedDocumentString<unknown, unknown>, variables: unknown) => {
    const hash = (document.__meta__ as { hash?: string } | undefined)?.hash?.replace(/^sha256:/, '');
    return options.trustedDocuments && hash
      ? { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
      : { query: document.toString(), variables };
  };
  return {
    async execute(document, variables, token) {
      let response: Response;
      try {
        response = await fetch(gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(payload(document as TypedDocumentString<unknown, unknown>, variables)),
          signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
        });
      } catch (error) {
        throw new GatewayUnavailableError(`The gateway could not be reached: ${(error as Error).message}`, 502);
      }
      const text = await response.text();
      let body: { data?: unknown; errors?: GatewayError[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new GatewayUnavailableError(`The gateway answered ${response.status} without a GraphQL response`, response.status);
      }
      if (body.errors?.length) return { data: (body.data ?? null) as never, errors: body.errors };
      if (body.data === undefined || body.data === null) {
        throw new GatewayUnavailableError(`The gateway answered ${response.status} with no data`, response.status);
      }
      return { data: body.data as never };
    },
  };
}
