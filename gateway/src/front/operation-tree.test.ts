import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationTree, type VariableReading } from './operation-tree';

const schema = buildSchema(`
  type Query { disparity(area: String!, period: String, limit: Int): Disparity, a: Int, node: Node, n(x: Int): Int }
  type Disparity { rows: [Row] }
  type Row { category: String, count: Int, latest: Measurement }
  type Measurement { period: String, value: Float }
  interface Node { id: ID }
`);
const clientVariables: VariableReading = (name) => (name === 'area' ? { variable: 'area' } : undefined);
const treeOf = (text: string, reading: VariableReading = clientVariables) => {
  const document = parse(text);
  return operationTree(document, getOperationAST(document)!, reading, schema);
};

describe('operationTree', () => {
  const client = 'query Q($area: String!) { d: disparity(area: $area, period: "2024-Q1", limit: 3) { rows { category count } } }';

  it('reads a literal and a variable fixed to the same value alike, and arguments in any order', () => {
    const extracted: VariableReading = (name) =>
      name === 'area' ? { variable: 'area' } : name === 'period' ? { value: '2024-Q1' } : name === 'limit' ? { value: 3 } : undefined;
    const subgraph = 'query Q($area:String! $period:String $limit:Int){d:disparity(limit:$limit area:$area period:$period){rows{category count}}}';
    expect(treeOf(subgraph, extracted)).toBe(treeOf(client));
  });

  it('reads a fragment on the type it is spread in as its fields, in place, named or inline', () => {
    const plain = treeOf('{ disparity(area: "E1") { rows { category latest { period value } count } } }');
    expect(plain).toBeDefined();
    expect(treeOf('{ disparity(area: "E1") { rows { category latest { ...a } count } } } fragment a on Measurement { period value }')).toBe(plain);
    expect(treeOf('{ disparity(area: "E1") { rows { category ... on Row { latest { period ... { value } } } count } } }')).toBe(plain);
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

  it('has no tree for a fragment on another type, an abstract type, a directive, an unknown field or a variable it cannot place', () => {
    expect(treeOf('{ disparity(area: "E1") { ...F } } fragment F on Row { count }')).toBeUndefined();
    expect(treeOf('{ disparity(area: "E1") { ...Missing } }')).toBeUndefined();
    expect(treeOf('{ node { id } }')).toBeUndefined();
    expect(treeOf('query ($s: Boolean!) { a @skip(if: $s) }', () => ({ variable: 's' }))).toBeUndefined();
    expect(treeOf('{ ... @include(if: true) { a } }')).toBeUndefined();
    expect(treeOf('query @live { a }')).toBeUndefined();
    expect(treeOf('{ b }')).toBeUndefined();
    expect(treeOf('query ($x: Int) { n(x: $x) }')).toBeUndefined();
  });
});
