import { getOperationAST, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

interface ExecuteArgs {
  document: DocumentNode;
  operationName?: string | null;
  contextValue: object;
}

interface SubgraphRequest {
  document: DocumentNode;
  operationName?: string;
  context?: object;
}

/**
 * Names every subgraph operation after the client's, as the runtime's JavaScript planner does:
 * Hive Router's Rust planner sends them anonymous, and each subgraph's metrics and logs count
 * operations by name. Only for the Rust planner; the client's name is already bounded where it
 * is counted.
 */
export function subgraphOperationNamePlugin() {
  const clientOperationNames = new WeakMap<object, string>();
  return {
    onExecute({ args }: { args: ExecuteArgs }) {
      const name = getOperationAST(args.document, args.operationName)?.name?.value;
      if (name) clientOperationNames.set(args.contextValue, name);
    },
    onSubgraphExecute({ executionRequest, setExecutionRequest }: { executionRequest: SubgraphRequest; setExecutionRequest: (request: SubgraphRequest) => void }) {
      const name = executionRequest.context ? clientOperationNames.get(executionRequest.context) : undefined;
      if (!name || executionRequest.operationName) return;
      const operations = executionRequest.document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      // Only a document of one anonymous operation can take the name without becoming ambiguous.
      if (operations.length !== 1 || operations[0]!.name) return;
      const named: OperationDefinitionNode = { ...operations[0]!, name: { kind: Kind.NAME, value: name } };
      setExecutionRequest({
        ...executionRequest,
        operationName: name,
        document: { ...executionRequest.document, definitions: executionRequest.document.definitions.map((d) => (d === operations[0] ? named : d)) },
      });
    },
  };
}
