import { parse, print, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphOperationNamePlugin } from './subgraph-operation-name-plugin';

function callSubgraph(clientQuery: string, subgraphQuery: string, operationName?: string) {
  const plugin = subgraphOperationNamePlugin();
  const context = {};
  plugin.onExecute({ args: { document: parse(clientQuery), contextValue: context } });
  let sent: { document: DocumentNode; operationName?: string } | undefined;
  plugin.onSubgraphExecute({
    executionRequest: { document: parse(subgraphQuery), operationName, context },
    setExecutionRequest: (request) => (sent = request),
  });
  return sent;
}

describe('subgraph operations named after the client operation', () => {
  it("gives an anonymous subgraph operation the client's operation name", () => {
    const sent = callSubgraph('query Summary { organisation(id: "x") { id } }', 'query ($a: ID!) { organisation(id: $a) { id } }');
    expect(sent?.operationName).toBe('Summary');
    expect(print(sent!.document)).toBe('query Summary($a: ID!) {\n  organisation(id: $a) {\n    id\n  }\n}');
  });

  it('leaves the call alone when the client operation has no name, or the subgraph operation already has one', () => {
    expect(callSubgraph('{ organisation(id: "x") { id } }', '{ organisation(id: "x") { id } }')).toBeUndefined();
    expect(callSubgraph('query Summary { a }', 'query Other { a }', 'Other')).toBeUndefined();
  });
});
