import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { publicApiSchema } from '@edhr/schema';
import { kpiQueryProblems } from './kpi-query';

const api = publicApiSchema();
const check = (query: string, selector: string, variables: Record<string, unknown> = {}) =>
  kpiQueryProblems({ query, selector, variables }, api);

const DISPARITY =
  'query ($period: String!) { disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: $period) { rows { category ratio { value } } } }';

describe('KPI queries against the public API schema', () => {
  it('accepts a query whose selector reaches a number through its selection', () => {
    expect(check(DISPARITY, 'disparity.rows.category=BLACK.ratio.value')).toEqual([]);
    expect(check(DISPARITY, 'disparity.rows.0.ratio.value')).toEqual([]);
    // Aliases are what the answer holds, and fragments are followed.
    expect(
      check(
        '{ r: representation(organisation: "o", characteristic: "RACE", category: "BAME") { ...Share } } fragment Share on Representation { overall { workforceShare } }',
        'r.overall.workforceShare',
      ),
    ).toEqual([]);
  });

  it('refuses broken syntax, naming where', () => {
    expect(check('{ disparity(dataset: ', 'x')).toEqual([
      { path: 'query', message: 'is not valid GraphQL: Syntax Error: Unexpected <EOF>. (line 1, column 22)' },
    ]);
  });

  it('refuses a field the public API does not have', () => {
    const problems = check('{ gone { value } }', 'gone.value');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'query', message: expect.stringMatching(/^Cannot query field "gone" on type "Query"\./) });
  });

  it('refuses a mutation, a subscription and more than one operation', () => {
    expect(check('mutation { setPluginEnabled(id: "x", enabled: false) { id } }', 'setPluginEnabled.id')).toEqual([
      { path: 'query', message: 'is a mutation; a KPI is measured by a query, which only reads' },
    ]);
    expect(check('subscription { x }', 'x')[0]!.message).toBe('is a subscription; a KPI is measured by a query, which only reads');
    expect(check('query A { __typename } query B { __typename }', 'x')[0]!.message).toMatch(/exactly one operation \(it holds 2\)/);
  });

  it('refuses missing arguments and variables the KPI does not give', () => {
    expect(check('{ disparity(dataset: "stop-search") { rows { count } } }', 'disparity.rows.0.count')[0]!.message).toMatch(
      /argument "characteristic" of type "String!" is required/,
    );
    const problems = check('query ($area: String!, $period: String!) { disparity(dataset: "d", characteristic: "RACE", reference: "WHITE", area: $area, period: $period) { rows { count } } }', 'disparity.rows.0.count');
    expect(problems).toEqual([{ path: 'variables', message: expect.stringMatching(/^Variable "\$area" of required type "String!" was not provided\./) }]);
    expect(check('query ($period: Boolean!) { __typename @include(if: $period) }', '__typename')).toContainEqual({
      path: 'query',
      message: expect.stringMatching(/^\$period is given by the refresher as a String such as "2024-06": Variable "\$period" got invalid value "2024-06"/),
    });
  });

  it('refuses a selector the selection cannot answer', () => {
    const at = (selector: string) => check(DISPARITY, selector).map((p) => `${p.path}: ${p.message}`);
    expect(at('disparity.rows.0.rate.value')).toEqual([
      'selector: "disparity.rows.0.rate": the query selects no "rate" on DisparityRow (it selects category, ratio)',
    ]);
    expect(at('disparity.rows.ratio.value')).toEqual(['selector: "disparity.rows.ratio": "ratio" is neither an index nor field=value, and this is a list']);
    expect(at('disparity.rows.count=3.ratio.value')).toEqual(['selector: "disparity.rows.count=3": the list\'s items have no selected field "count" to match on']);
    expect(at('disparity.rows.0.ratio')).toEqual(['selector: "disparity.rows.0.ratio" ends on DisparityRatio, an object, not a number']);
    expect(at('disparity.rows')).toEqual(['selector: "disparity.rows" ends on a list, not a number: add an index or field=value']);
    expect(at('disparity.rows.0.category')).toEqual(['selector: "disparity.rows.0.category" ends on a String, not an Int or Float']);
    expect(at('disparity.rows.0.category.length')).toEqual(['selector: "disparity.rows.0.category.length" goes past a String value']);
    expect(at('disparity..rows')).toEqual(['selector: "disparity..rows" has an empty segment']);
  });

  it('checks against the schema it is given', () => {
    const schema = buildSchema('type Query { total: Int, label: String }');
    expect(kpiQueryProblems({ query: '{ total }', selector: 'total', variables: {} }, schema)).toEqual([]);
    expect(kpiQueryProblems({ query: '{ label }', selector: 'label', variables: {} }, schema)[0]!.message).toContain('not an Int or Float');
  });
});
