import { getOperationAST, OperationTypeNode, type DocumentNode } from 'graphql';
import { useResponseCache } from '@envelop/response-cache';
import { hasRole, type Identity } from '@edhr/kit';
import type { ResponseStore, RequestView } from './response-store';
import { responseCacheKey } from './response-cache-key';

/** Tells the client (and the tests) whether its answer came from the cache: `hit` or `miss`. */
export const RESPONSE_CACHE_HEADER = 'x-edhr-response-cache';

/**
 * Fields whose answers change without a write through the gateway, never cached: the partner
 * audit grows with every partner question, a key's last use with every request made with it, and
 * a plugin's deliveries are the outbox's progress, which clients poll.
 */
const NEVER_CACHED = ['Query.partnerAuditLog', 'Query.partnerApiKeys', 'Plugin.deliveries'];

/**
 * Everything about the caller that can change an answer: subject, roles, partner and themes.
 * Two callers share an answer only when all of it is the same (all public callers do).
 */
export function sessionKeyOf(identity: Identity): string {
  return JSON.stringify([identity.subject, identity.roles, identity.partnerId ?? null, identity.themes ?? null]);
}

/**
 * Whose answers may be cached. Never a partner's: each of its questions is judged against its
 * agreements' dates and audited by the partners subgraph, so every one must reach it. Never the
 * service role's: subgraph jobs (query-based KPIs) read to write, and a cached answer would be
 * written down as a measurement.
 */
export function mayCache(identity: Identity): boolean {
  return !hasRole(identity, 'partner', 'service');
}

interface ExecuteArgs {
  document: DocumentNode;
  operationName?: string | null;
  contextValue: { request: Request };
}

/**
 * The gateway's response cache (envelop's `useResponseCache`), placed after authentication and
 * the rate limit so a cached answer is still authenticated, counted and logged; it answers at
 * execution, keyed by the document, variables and the caller's whole identity. Queries only;
 * every mutation through the gateway empties the cache when it starts and when it ends. No store
 * (the cache turned off), no plugins.
 */
export function responseCachePlugins(store: ResponseStore | undefined, identityOf: (request: Request) => Identity) {
  if (!store) return [];
  // Each query's context → its operation's name, which labels the answer it stores.
  const queries = new WeakMap<object, string | undefined>();
  const views = new WeakMap<Request, RequestView>();
  const writesEmptyTheCache = {
    onExecute({ args }: { args: ExecuteArgs }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === OperationTypeNode.QUERY) {
        queries.set(args.contextValue, operation.name?.value);
        return undefined;
      }
      store.clear();
      // Also at the end: an answer read while the write ran is refused by the store's generation.
      return { onExecuteDone: () => store.clear() };
    },
  };
  // The runtime's context always carries the client's request.
  const requestOf = (context: object) => (context as { request: Request }).request;
  const cache = useResponseCache({
    session: (context) => sessionKeyOf(identityOf(requestOf(context))),
    enabled: (context) => queries.has(context) && mayCache(identityOf(requestOf(context))),
    cache: (context) => {
      const view = store.viewForRequest(queries.get(context));
      views.set(requestOf(context), view);
      return view;
    },
    ttl: store.ttlMs,
    ttlPerSchemaCoordinate: Object.fromEntries(NEVER_CACHED.map((coordinate) => [coordinate, 0])),
    invalidateViaMutation: false,
    buildResponseCacheKey: responseCacheKey,
    // Answers with errors are never kept (without the library's console warning each time).
    shouldCacheResult: ({ result }) => !result.errors?.length,
    includeExtensionMetadata: false,
  });
  const reportHits = {
    onResponse({ request, response }: { request: Request; response: Response }) {
      const view = views.get(request);
      if (view) response.headers.set(RESPONSE_CACHE_HEADER, view.hit ? 'hit' : 'miss');
    },
  };
  return [writesEmptyTheCache, cache, reportHits];
}
