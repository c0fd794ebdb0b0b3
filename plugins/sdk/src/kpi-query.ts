import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  parse,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { PluginProblem } from './plugin-error';

/** What a query-measured KPI declares (`measuredBy` with `kind: 'query'`). */
export interface KpiQuery {
  query: string;
  selector: string;
  variables: Record<string, unknown>;
}

/** A period as the refresher sends it in `$period`, to check the variable's type. */
const SAMPLE_PERIOD = '2024-06';
const NUMBER_TYPES = new Set(['Int', 'Float']);

/**
 * Checks a KPI's query as the refresher will send it to the gateway: valid GraphQL, one
 * operation, a query (a KPI only reads), valid against the public API schema, every required
 * variable given (`$period` is given by the refresher), and a selector that follows the query's
 * own selection down to an Int or Float. Paths are relative to `measuredBy`.
 */
export function kpiQueryProblems(kpi: KpiQuery, schema: GraphQLSchema): PluginProblem[] {
  let document: DocumentNode;
  try {
    document = parse(kpi.query);
  } catch (error) {
    return [{ path: 'query', message: `is not valid GraphQL: ${describe(error)}` }];
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) {
    return [{ path: 'query', message: `must hold exactly one operation (it holds ${operations.length}): the refresher names none` }];
  }
  const operation = operations[0]!;
  if (operation.operation !== OperationTypeNode.QUERY) {
    return [{ path: 'query', message: `is a ${operation.operation}; a KPI is measured by a query, which only reads` }];
  }
  const invalid = validate(schema, document);
  if (invalid.length > 0) return invalid.map((error) => ({ path: 'query', message: describe(error) }));

  const problems: PluginProblem[] = [];
  const declaresPeriod = (operation.variableDefinitions ?? []).some((v) => v.variable.name.value === 'period');
  const given = declaresPeriod ? { ...kpi.variables, period: SAMPLE_PERIOD } : kpi.variables;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], given);
  for (const error of coerced.errors ?? []) {
    problems.push({
      path: /"\$period"/.test(error.message) ? 'query' : 'variables',
      message: /"\$period"/.test(error.message)
        ? `$period is given by the refresher as a String such as "${SAMPLE_PERIOD}": ${error.message}`
        : error.message,
    });
  }
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const selectorProblem = checkSelector(kpi.selector, schema, operation.selectionSet, fragments);
  if (selectorProblem) problems.push({ path: 'selector', message: selectorProblem });
  return problems;
}

/** Follows the selector (the path `selectNumber` follows in the answer) through the query's selection. */
function checkSelector(
  selector: string,
  schema: GraphQLSchema,
  root: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): string | undefined {
  const segments = selector.split('.');
  if (segments.some((s) => s === '')) return `"${selector}" has an empty segment`;
  let type: GraphQLOutputType = schema.getQueryType()!;
  let selection: SelectionSetNode | undefined = root;
  const walked: string[] = [];
  for (const segment of segments) {
    walked.push(segment);
    const here = `"${walked.join('.')}"`;
    const nullable: GraphQLOutputType = getNullableType(type);
    if (isListType(nullable)) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.+)$/.exec(segment);
      if (match) {
        const item = getNamedType(nullable);
        const keys = isCompositeType(item) && selection ? selectedFields(schema, item, selection, fragments) : new Map();
        if (!keys.has(match[1]!)) return `${here}: the list's items have no selected field "${match[1]}" to match on`;
      } else if (!/^\d+$/.test(segment)) {
        return `${here}: "${segment}" is neither an index nor field=value, and this is a list`;
      }
      type = nullable.ofType;
      continue;
    }
    if (!isCompositeType(nullable) || !selection) return `${here} goes past a ${String(nullable)} value`;
    const fields = selectedFields(schema, nullable, selection, fragments);
    const field = fields.get(segment);
    if (!field) return `${here}: the query selects no "${segment}" on ${nullable.name} (it selects ${[...fields.keys()].join(', ') || 'nothing'})`;
    type = field.definition.type;
    selection = field.node.selectionSet;
  }
  const end = getNullableType(type);
  if (isListType(end)) return `"${selector}" ends on a list, not a number: add an index or field=value`;
  if (isCompositeType(end)) return `"${selector}" ends on ${end.name}, an object, not a number`;
  if (!NUMBER_TYPES.has(end.name)) return `"${selector}" ends on a ${end.name}, not an Int or Float`;
  return undefined;
}

interface SelectedField {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

/** The fields a selection set puts in the answer, by response key (alias or name), fragments included. */
function selectedFields(
  schema: GraphQLSchema,
  type: GraphQLCompositeType,
  selection: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  out = new Map<string, SelectedField>(),
  seen = new Set<string>(),
): Map<string, SelectedField> {
  for (const node of selection.selections) {
    if (node.kind === Kind.FIELD) {
      const definition = fieldOf(schema, type, node.name.value);
      if (definition) out.set(node.alias?.value ?? node.name.value, { node, definition });
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      const on = node.typeCondition ? schema.getType(node.typeCondition.name.value) : type;
      if (on && isCompositeType(on)) selectedFields(schema, on, node.selectionSet, fragments, out, seen);
    } else {
      const fragment = fragments.get(node.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      const on = schema.getType(fragment.typeCondition.name.value);
      if (on && isCompositeType(on)) selectedFields(schema, on, fragment.selectionSet, fragments, out, seen);
    }
  }
  return out;
}

function fieldOf(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  if (isUnionType(type)) {
    for (const member of schema.getPossibleTypes(type)) {
      const field = member.getFields()[name];
      if (field) return field;
    }
  }
  return undefined;
}

function describe(error: unknown): string {
  if (error instanceof GraphQLError) {
    const at = error.locations?.[0];
    return at ? `${error.message} (line ${at.line}, column ${at.column})` : error.message;
  }
  return (error as Error).message;
}
