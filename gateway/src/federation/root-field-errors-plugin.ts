import { GraphQLError, Kind, type DocumentNode, type ExecutionResult, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable } from '@graphql-tools/utils';

/** The error the gateway's executor reports for a root field whose subgraph answered `data: null`. */
const NULL_ROOT_FIELD = /^Cannot return null for non-nullable field (Query|Mutation)\.\w+\.$/;
/** How the gateway's request batching prefixes the root fields it merges into one subgraph request. */
const BATCH_PREFIX = /^_v\d+_/;

function rootFields(document: DocumentNode, operationName: string | null | undefined): FieldNode[] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  return (operation?.selectionSet.selections ?? []).filter((s): s is FieldNode => s.kind === Kind.FIELD);
}

/**
 * The client's response key for a subgraph error's first path segment: the batching prefix
 * taken off, then the root field answered under that key, or the one root field of that name.
 */
function clientKeyOf(segment: string, fields: FieldNode[]): string {
  const key = segment.replace(BATCH_PREFIX, '');
  if (fields.some((f) => (f.alias ?? f.name).value === key)) return key;
  const named = fields.filter((f) => f.name.value === key);
  return named.length === 1 ? (named[0]!.alias ?? named[0]!.name).value : key;
}

/**
 * Root fields sent to one subgraph go in one request. When one of them fails and its type is
 * non-null, the subgraph answers `data: null` with that field's error; the gateway then
 * completes the siblings first, reports each as "Cannot return null for non-nullable field",
 * an error without a code that production masks as INTERNAL_SERVER_ERROR, and drops the
 * subgraph's own error. This plugin puts the subgraph's errors, at the client's paths, in place
 * of those, so the answer says what failed (FORBIDDEN, BAD_USER_INPUT, …) whatever the order.
 */
export function rootFieldErrorsPlugin() {
  const nulledBySubgraphs = new WeakMap<object, GraphQLError[]>();
  return {
    onSubgraphExecute({ executionRequest }: { executionRequest: { context?: unknown } }) {
      const context = executionRequest.context;
      if (typeof context !== 'object' || context === null) return;
      return ({ result }: { result: ExecutionResult | AsyncIterable<ExecutionResult> }) => {
        if (isAsyncIterable(result) || result.data != null || !result.errors?.length) return;
        nulledBySubgraphs.set(context, [...(nulledBySubgraphs.get(context) ?? []), ...result.errors]);
      };
    },
    onExecute({ args }: { args: { contextValue: unknown; document: DocumentNode; operationName?: string | null } }) {
      const context = args.contextValue;
      return {
        onExecuteDone({ result, setResult }: { result: ExecutionResult | AsyncIterable<ExecutionResult>; setResult: (r: ExecutionResult) => void }) {
          if (isAsyncIterable(result) || result.data != null || !result.errors || typeof context !== 'object' || context === null) return;
          const fromSubgraphs = nulledBySubgraphs.get(context);
          const isNullRoot = (e: GraphQLError) => e.path?.length === 1 && NULL_ROOT_FIELD.test(e.message);
          if (!fromSubgraphs?.length || !result.errors.some(isNullRoot)) return;
          const fields = rootFields(args.document, args.operationName);
          const kept = result.errors.filter((e) => !isNullRoot(e));
          const seen = new Set(kept.map((e) => `${e.message}\u0000${JSON.stringify(e.path)}`));
          for (const error of fromSubgraphs) {
            const [first, ...rest] = error.path ?? [];
            const path = typeof first === 'string' ? [clientKeyOf(first, fields), ...rest] : error.path;
            const id = `${error.message}\u0000${JSON.stringify(path)}`;
            if (seen.has(id)) continue;
            seen.add(id);
            kept.push(new GraphQLError(error.message, { path, extensions: error.extensions }));
          }
          setResult({ ...result, errors: kept });
        },
      };
    },
  };
}
