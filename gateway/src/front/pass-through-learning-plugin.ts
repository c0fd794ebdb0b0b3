import type { IncomingMessage } from 'node:http';
import { getOperationAST, Kind, OperationTypeNode, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { INTERNAL_TOKEN_HEADER, REQUEST_ID_HEADER, type Logger } from '@edhr/kit';
import { operationTree } from './operation-tree';
import { PassThroughRoutes, type PassThroughRoute } from './pass-through-routes';
import { canonicalJson, dataAlone, isDataAlone, isRecord, subgraphRequestBody, type SubgraphAnswer } from './subgraph-call';

/** Headers of one request, set afresh for each call; the rest of the runtime's headers are the same every time. */
const PER_REQUEST_HEADERS = new Set([REQUEST_ID_HEADER, INTERNAL_TOKEN_HEADER, 'content-length', 'traceparent', 'tracestate', 'baggage']);

/** A subgraph answer the pass-through already has, for the runtime to take in place of calling the subgraph. */
export type PrefetchedAnswers = WeakMap<IncomingMessage, { key: string; route: PassThroughRoute; body: string; answer: Promise<SubgraphAnswer> }>;

interface ExecuteArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
  contextValue: { request: Request; params?: { query?: unknown; operationName?: unknown } };
}

interface FetchPayload {
  url: string;
  options: { body?: unknown; headers?: unknown };
  context: { request?: Request; req?: IncomingMessage };
  endResponse: (response: Promise<Response>) => void;
}

export interface PassThroughLearningOptions {
  routes: PassThroughRoutes;
  prefetched: PrefetchedAnswers;
  /** Whose requests are watched: those the pass-through would take (never one the response cache could answer, which calls nothing). */
  sampled: (request: Request) => boolean;
  /** The subgraph a URL the runtime calls belongs to. */
  subgraphNameOf: (url: string) => string | undefined;
  logger: Logger;
}

/** One request being watched: its operation, and the subgraph calls the runtime made for it. */
interface Sample {
  key: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  calls: { url: string; body: unknown; headers: unknown; answer?: { status: number; text: string } }[];
}

/**
 * Learns, from the runtime's own work, which client operations the subgraph pass-through may
 * send straight to a subgraph, and hands the runtime the pass-through's subgraph answer when
 * the pass-through gives a request back (an answer with errors, which the runtime words).
 *
 * An operation is learned when the runtime, answering it, made exactly one call, to one
 * subgraph, whose answer was data alone (status 200, no errors, no extensions), and answered the
 * client with that data as it was; and when the subgraph operation it sent asks for the same tree
 * as the client's (`operationTree`: the same fields, aliases and arguments in the same order, its
 * extra variables exactly the document's literals, fragments only on their own type, no directive
 * and no field of an interface or union type), so that every
 * answer to it, whatever the data, would be given back unchanged. A query only: a mutation's
 * effects (the response cache's invalidation) belong to the runtime. Anything else is refused
 * once and for all; an answer with errors teaches nothing and the next request is watched again.
 */
export function passThroughLearningPlugin({ routes, prefetched, sampled, subgraphNameOf, logger }: PassThroughLearningOptions) {
  const samples = new WeakMap<Request, Sample>();
  return {
    onExecute({ args }: { args: ExecuteArgs }) {
      const { request, params } = args.contextValue;
      if (typeof params?.query !== 'string' || !sampled(request)) return;
      const key = PassThroughRoutes.keyOf(params.query, typeof params.operationName === 'string' ? params.operationName : null);
      if (routes.settled(key)) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation || operation.operation !== OperationTypeNode.QUERY || !operationTree(args.document, operation, clientReading(operation), args.schema)) {
        routes.refuse(key);
        return;
      }
      samples.set(request, { key, document: args.document, operation, schema: args.schema, variables: args.variableValues ?? {}, calls: [] });
    },
    onFetch({ url, options, context, endResponse }: FetchPayload) {
      const given = context.req && prefetched.get(context.req);
      if (given) {
        prefetched.delete(context.req!);
        // The runtime is asked again only for what the pass-through sent; were it to send anything
        // else, the route was wrong: it is forgotten and the runtime calls the subgraph itself.
        if (url === given.route.url.href && typeof options.body === 'string' && sameRequestBody(options.body, given.body)) {
          endResponse(given.answer.then(({ status, contentType, text }) => new Response(text, { status, headers: { 'content-type': contentType } })));
          return;
        }
        logger.error({ subgraph: given.route.subgraphName }, 'the runtime sent a subgraph a request other than the one learned for its operation; the operation no longer passes through');
        routes.refuse(given.key);
      }
      const sample = context.request && samples.get(context.request);
      if (!sample) return;
      const call: Sample['calls'][number] = { url, body: options.body, headers: options.headers };
      sample.calls.push(call);
      return async ({ response, setResponse }: { response: Response; setResponse: (response: Response) => void }) => {
        const text = await response.text();
        call.answer = { status: response.status, text };
        setResponse(new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers }));
      };
    },
    onResultProcess({ request, result }: { request: Request; result: unknown }) {
      const sample = samples.get(request);
      if (!sample) return;
      samples.delete(request);
      const verdict = judge(sample, result, subgraphNameOf);
      if (verdict === 'refuse') routes.refuse(sample.key);
      else if (verdict !== 'again') {
        routes.learn(sample.key, verdict);
        logger.debug({ subgraph: verdict.subgraphName, operationName: verdict.clientOperationName }, 'an operation passes through to its subgraph from now on');
      }
    },
  };
}

/** How the client's own operation reads its variables: every one it declares is the client's. */
function clientReading(operation: OperationDefinitionNode) {
  const declared = new Set(operation.variableDefinitions?.map((d) => d.variable.name.value));
  return (name: string) => (declared.has(name) ? { variable: name } : undefined);
}

/** A route, or: refuse the operation for good, or: learn nothing from this answer and watch the next. */
function judge(sample: Sample, result: unknown, subgraphNameOf: (url: string) => string | undefined): PassThroughRoute | 'refuse' | 'again' {
  if (sample.calls.length !== 1) return 'refuse';
  const [call] = sample.calls as [Sample['calls'][number]];
  const subgraphName = subgraphNameOf(new URL(call.url).href);
  if (!subgraphName || typeof call.body !== 'string' || !isStringRecord(call.headers)) return 'refuse';
  const answer = call.answer && dataAlone(call.answer);
  if (!answer || !isDataAlone(result)) return 'again';
  // What the runtime answered the client is the subgraph's data as it came, key for key.
  if (JSON.stringify(result) !== JSON.stringify(answer)) return 'refuse';
  const sent = parseSubgraphBody(call.body);
  if (!sent) return 'refuse';
  const clientVariables = new Set(sample.operation.variableDefinitions?.map((d) => d.variable.name.value));
  const declared = sent.operation.variableDefinitions?.map((d) => d.variable.name.value) ?? [];
  const forwarded = declared.filter((name) => clientVariables.has(name));
  const constants = Object.fromEntries(declared.filter((name) => !clientVariables.has(name) && name in sent.variables).map((name) => [name, sent.variables[name]]));
  // The client's variables went as the client gave them, and the rest are the document's literals.
  if (forwarded.some((name) => name in sent.variables && canonicalJson(sent.variables[name]) !== canonicalJson(sample.variables[name]))) return 'refuse';
  const subgraphReading = (name: string) => (forwarded.includes(name) ? { variable: name } : name in constants ? { value: constants[name] } : undefined);
  const clientTree = operationTree(sample.document, sample.operation, clientReading(sample.operation), sample.schema);
  if (!clientTree || operationTree(sent.document, sent.operation, subgraphReading, sample.schema) !== clientTree) return 'refuse';
  const route: PassThroughRoute = {
    subgraphName,
    url: new URL(call.url),
    query: sent.query,
    operationName: sent.operationName,
    constants,
    forwarded,
    headers: Object.fromEntries(Object.entries(call.headers).filter(([name]) => !PER_REQUEST_HEADERS.has(name.toLowerCase()))),
    schema: sample.schema,
    variableDefinitions: sample.operation.variableDefinitions ?? [],
    clientOperationName: sample.operation.name?.value,
  };
  // The body the pass-through would build from this request must be the one the runtime sent.
  return sameRequestBody(subgraphRequestBody(route, sample.variables), call.body) ? route : 'refuse';
}

/** The subgraph request the runtime sent, when it is a query, operation name and variables, and one operation (with any fragments). */
function parseSubgraphBody(
  body: string,
): { query: string; operationName: string | undefined; variables: Record<string, unknown>; document: DocumentNode; operation: OperationDefinitionNode } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { query, operationName, variables = {}, ...rest } = parsed;
  if (Object.keys(rest).some((key) => rest[key] !== undefined && !(key === 'extensions' && isRecord(rest[key]) && Object.keys(rest[key]).length === 0))) return undefined;
  if (typeof query !== 'string' || (operationName !== undefined && typeof operationName !== 'string') || !isRecord(variables)) return undefined;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return undefined;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const others = document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION);
  if (operations.length !== 1 || others.length > 0 || operations[0]!.operation !== OperationTypeNode.QUERY) return undefined;
  return { query, operationName, variables, document, operation: operations[0]! };
}

/** Two subgraph request bodies ask the same: the same query, operation name and variables. */
function sameRequestBody(a: string, b: string): boolean {
  try {
    const [x, y] = [JSON.parse(a), JSON.parse(b)] as [Record<string, unknown>, Record<string, unknown>];
    return x.query === y.query && x.operationName === y.operationName && canonicalJson(x.variables ?? {}) === canonicalJson(y.variables ?? {});
  } catch {
    return false;
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}
