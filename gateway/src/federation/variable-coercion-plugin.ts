import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

interface ExecuteArgs {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Record<string, unknown> | null;
}

/**
 * Coerces the client's variables before execution and answers those that do not coerce as a
 * request error (400 under `application/graphql-response+json`, no `data`), as the runtime's
 * JavaScript executor does. Hive Router's Rust executor reports the same errors with `data: null`
 * and 200; the GraphQL-over-HTTP spec makes them request errors. Only for the Rust planner.
 */
export function variableCoercionPlugin() {
  return {
    onExecute({ args, setResultAndStopExecution }: { args: ExecuteArgs; setResultAndStopExecution: (result: ExecutionResult) => void }) {
      const operation = getOperationAST(args.document, args.operationName);
      // Variables the operation does not declare are ignored, as by the JavaScript executor.
      if (!operation?.variableDefinitions?.length) return;
      const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {}, { maxErrors: 50 });
      if (!coerced.errors) return;
      setResultAndStopExecution({
        errors: coerced.errors.map(
          (error) =>
            new GraphQLError(error.message, {
              nodes: error.nodes,
              originalError: error.originalError,
              extensions: { ...error.extensions, http: { status: 400 } },
            }),
        ),
      });
    },
  };
}
