import http from 'node:http';
import https from 'node:https';
import type { PassThroughRoute } from './pass-through-routes';

/** A subgraph's answer as read: its status, Content-Type and body. */
export interface SubgraphAnswer {
  status: number;
  contentType: string;
  text: string;
}

/** The most bytes of a subgraph answer read; a larger one fails the call, as a broken subgraph would. */
const MAX_ANSWER_BYTES = 64 * 1024 * 1024;

// Kept-alive connections to each subgraph, as the runtime keeps its own.
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };

/** The body of the subgraph request the runtime sends for a learned operation, given the client's variables. */
export function subgraphRequestBody(route: PassThroughRoute, clientVariables: Record<string, unknown>): string {
  const variables: Record<string, unknown> = { ...route.constants };
  for (const name of route.forwarded) if (name in clientVariables) variables[name] = clientVariables[name];
  return JSON.stringify({
    query: route.query,
    ...(route.operationName === undefined ? {} : { operationName: route.operationName }),
    ...(Object.keys(variables).length > 0 ? { variables } : {}),
  });
}

/**
 * Posts `body` to the route's subgraph with the runtime's headers and this request's own, and
 * reads the whole answer. The answer is asked uncompressed, so it can be written on as it is.
 */
export function callSubgraph(route: PassThroughRoute, body: string, requestHeaders: Record<string, string>): Promise<SubgraphAnswer> {
  const agent = agents[route.url.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new Error(`a subgraph URL with the protocol ${route.url.protocol} cannot be called`));
  const bytes = Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const request = (route.url.protocol === 'https:' ? https : http).request(route.url, {
      method: 'POST',
      agent,
      headers: { ...route.headers, ...requestHeaders, 'accept-encoding': 'identity', 'content-type': 'application/json', 'content-length': bytes.length },
    });
    request.once('error', reject);
    request.once('response', (response) => {
      const chunks: Buffer[] = [];
      let length = 0;
      response.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > MAX_ANSWER_BYTES) response.destroy(new Error(`the ${route.subgraphName} subgraph's answer is larger than ${MAX_ANSWER_BYTES} bytes`));
        else chunks.push(chunk);
      });
      response.once('error', reject);
      response.once('end', () => {
        const encoding = response.headers['content-encoding'];
        if (encoding !== undefined && encoding !== 'identity') {
          reject(new Error(`the ${route.subgraphName} subgraph answered with the content encoding ${encoding}, which was not asked for`));
          return;
        }
        resolve({ status: response.statusCode ?? 502, contentType: response.headers['content-type'] ?? 'application/json', text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.end(bytes);
  });
}

/** The answer's JSON when it is `{ data: {…} }` and nothing else. */
export function dataAlone(answer: { status: number; text: string }): { data: object } | undefined {
  if (answer.status !== 200) return undefined;
  try {
    const parsed: unknown = JSON.parse(answer.text);
    return isDataAlone(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function isDataAlone(value: unknown): value is { data: object } {
  return isRecord(value) && Object.keys(value).length === 1 && isRecord(value.data);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with every object's keys in order, so two values compare by their text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
