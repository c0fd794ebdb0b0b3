import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationTree, type VariableReading } from './operation-tree';

const operationOf = (text: string) => getOperationAST(parse(text))!;
const clientVariables: VariableReading = (name) => (name === 'area' ? { variable: 'area' } : undefined);
const treeOf = (text: string, reading: VariableReading = clientVariables) => operationTree(operationOf(text), reading);

describe('operationTree', () => {
  const client = 'query Q($area: String!) { d: disparity(area: $area, period: "2024-Q1", limit: 3) { rows { category count } } }';

  it('reads a literal and a variable fixed to the same value alike, and arguments in any order', () => {
    const extracted: VariableReading = (name) =>
      name === 'area' ? { variable: 'area' } : name === 'period' ? { value: '2024-Q1' } : name === 'limit' ? { value: 3 } : undefined;
    const subgraph = 'query Q($area:String! $period:String $limit:Int){d:disparity(limit:$limit area:$area period:$period){rows{category count}}}';
    expect(treeOf(subgraph, extracted)).toBe(treeOf(client));
  });

  it('tells apart another literal, another alias, another field order, a field more and a client variable read as fixed', () => {
    const base = treeOf(client)!;
    expect(base).toBeDefined();
    for (const other of [
      'query Q($area: String!) { d: disparity(area: $area, period: "2024-Q2", limit: 3) { rows { category count } } }',
      'query Q($area: String!) { e: disparity(area: $area, period: "2024-Q1", limit: 3) { rows { category count } } }',
      'query Q($area: String!) { d: disparity(area: $area, period: "2024-Q1", limit: 3) { rows { count category } } }',
      'query Q($area: String!) { d: disparity(area: $area, period: "2024-Q1", limit: 3) { rows { category count __typename } } }',
    ]) {
      expect(treeOf(other)).not.toBe(base);
    }
    expect(treeOf(client, () => ({ value: 'E23000014' }))).not.toBe(base);
  });

  it('has no tree for fragments, inline fragments, directives or a variable it cannot place', () => {
    expect(treeOf('query { ...F } fragment F on Query { a }')).toBeUndefined();
    expect(treeOf('query { ... on Query { a } }')).toBeUndefined();
    expect(treeOf('query ($s: Boolean!) { a @skip(if: $s) }', () => ({ variable: 's' }))).toBeUndefined();
    expect(treeOf('query @live { a }')).toBeUndefined();
    expect(treeOf('query ($x: Int) { a(n: $x) }')).toBeUndefined();
  });
});
