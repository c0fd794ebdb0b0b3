import type { GraphQLSchema, VariableDefinitionNode } from 'graphql';

/**
 * What the gateway learned of one client operation (a document's text and operation name): that
 * the runtime answers it with one call to one subgraph and gives back that call's data as it is,
 * and the call it makes. See `passThroughLearningPlugin` for how it is learned.
 */
export interface PassThroughRoute {
  subgraphName: string;
  url: URL;
  /** The subgraph operation the runtime sends: its text and name. */
  query: string;
  operationName: string | undefined;
  /** The subgraph operation's variables the runtime fixes from the document's literals. */
  constants: Record<string, unknown>;
  /** The client's variables the subgraph operation declares, sent as the client gave them. */
  forwarded: readonly string[];
  /** The runtime's headers to the subgraph, but those of one request (its id, the identity's token, its length). */
  headers: Record<string, string>;
  /** To coerce the client's variables as the runtime would before anything is sent. */
  schema: GraphQLSchema;
  variableDefinitions: readonly VariableDefinitionNode[];
  /** The client operation's name, for the request log and the metrics. */
  clientOperationName: string | undefined;
}

/** At most this many operations are remembered, each way: the least recently learned go first. */
const MAX_OPERATIONS = 1000;

/**
 * The operations learned to pass through, and those learned never to (more than one call, a
 * fragment on another type, a directive, an answer the runtime reshapes), so neither is examined again.
 */
export class PassThroughRoutes {
  private readonly routes = new Map<string, PassThroughRoute>();
  private readonly refused = new Map<string, true>();

  static keyOf(documentString: string, operationName: string | null | undefined): string {
    return JSON.stringify([documentString, operationName ?? null]);
  }

  routeFor(key: string): PassThroughRoute | undefined {
    return this.routes.get(key);
  }

  /** Whether the operation has been decided either way. */
  settled(key: string): boolean {
    return this.routes.has(key) || this.refused.has(key);
  }

  learn(key: string, route: PassThroughRoute): void {
    remember(this.routes, key, route);
  }

  /** Never pass this operation through (again). */
  refuse(key: string): void {
    this.routes.delete(key);
    remember(this.refused, key, true);
  }
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_OPERATIONS) map.delete(map.keys().next().value!);
}
