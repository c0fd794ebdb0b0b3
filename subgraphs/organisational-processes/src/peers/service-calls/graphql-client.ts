/** The part of `fetch` service calls use; tests pass a fake. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; path?: unknown }[];
}

export interface PostOptions {
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * POSTs one GraphQL operation and returns the parsed answer. Throws when there is no answer to
 * read: the request failed or timed out, or the response is not a GraphQL JSON body.
 */
export async function postGraphQL(
  fetchFn: FetchLike,
  url: string,
  body: { query: string; variables?: Record<string, unknown> },
  options: PostOptions = {},
): Promise<GraphQLAnswer> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status} from ${url}: not a JSON answer (${text.slice(0, 200)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || !('data' in parsed || 'errors' in parsed)) {
    throw new Error(`HTTP ${response.status} from ${url}: not a GraphQL answer`);
  }
  return parsed as GraphQLAnswer;
}

/** The errors of an answer as one line, or null when it has none. */
export function errorsOf(answer: GraphQLAnswer): string | null {
  return answer.errors && answer.errors.length > 0 ? answer.errors.map((e) => e.message).join('; ') : null;
}
