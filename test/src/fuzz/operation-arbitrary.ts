import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A GraphQL request as a client sends it: the document and its variables. */
export interface FuzzOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/** Values the graph knows, so generated requests reach past "not found" into real content. */
const KNOWN_STRINGS = [
  'west-midlands-police',
  'west-mercia-police',
  'wmp-edhr-strategy',
  'wmp-edhr-delivery-plan',
  'wmp-edhr-theme-1-service-delivery:sd-ka-1',
  'dei-interim-strategy-2024-25',
  'fuzz-partner',
  'E23000014',
  'stop-search',
  'RACE',
  'SEX',
  'WHITE',
  'BLACK',
  'BAME',
  '2017-06',
  '2024-Q1',
  '2022/23',
  '12m-to-2023-03',
  '2023-01..2023-06',
];

/** Strings that have broken parsers, databases and loggers elsewhere. */
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202eevil',
  '\ud800',
  '💥'.repeat(64),
  "'; drop table plugin; --",
  '" or 1=1 --',
  '__proto__',
  'constructor',
  '../../../etc/passwd',
  '%s%s%s%n',
  '${process.env}',
  '<script>alert(1)</script>',
  '9'.repeat(400),
  '-0',
  'NaN',
  '1e309',
  'null',
  '2024-13',
  '2024-Q5',
  '0000-00-00',
];

/** `arbitrary` once in `oneIn` draws, `otherwise` the rest of the time. */
function sometimes<T, U>(arbitrary: fc.Arbitrary<T>, oneIn: number, otherwise: U): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 1, arbitrary }, { weight: oneIn - 1, arbitrary: fc.constant(otherwise) });
}

/** Whether this request is meant to be valid (every choice a valid one) or may break rules anywhere. */
interface Mode {
  invalid: boolean;
  counter: { n: number };
}

const hugeString = fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n));

const stringValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...KNOWN_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof({ weight: 9, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 1, arbitrary: hugeString }) },
);

/** A value of the wrong kind for whatever is expected. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  stringValue,
  fc.constant(null),
  fc.constant({}),
  fc.constant([]),
  fc.double({ noNaN: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

const customScalarValue: fc.Arbitrary<unknown> = fc.oneof(stringValue, fc.jsonValue({ maxDepth: 4 }), fc.constant('2026-12-01T10:00:00Z'));

/** A value for an input type: mostly of the right shape, sometimes of the wrong kind, required fields sometimes left out. */
function inputValue(type: GraphQLInputType, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  const right = rightInputValue(type, depth, mode);
  return mode.invalid ? fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrongValue }) : right;
}

function rightInputValue(type: GraphQLInputType, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return rightInputValue(type.ofType, depth, mode);
  if (isListType(type)) {
    return fc.oneof(
      fc.array(inputValue(type.ofType, depth - 1, mode), { maxLength: depth > 0 ? 3 : 0 }),
      inputValue(type.ofType, depth - 1, mode),
    );
  }
  if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((v) => v.value as string));
    return mode.invalid ? fc.oneof({ weight: 5, arbitrary: values }, { weight: 1, arbitrary: stringValue }) : values;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER));
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e308, 5e-324));
      case 'Boolean':
        return fc.boolean();
      case 'String':
      case 'ID':
        return stringValue;
      default:
        return customScalarValue;
    }
  }
  if (isInputObjectType(type)) {
    if (depth <= 0) return fc.constant({});
    const fields = Object.values(type.getFields());
    return fc
      .tuple(
        ...fields.map((f) =>
          isNonNullType(f.type)
            ? mode.invalid
              ? fc.option(inputValue(f.type, depth - 1, mode), { freq: 12, nil: undefined })
              : inputValue(f.type, depth - 1, mode)
            : fc.option(inputValue(f.type, depth - 1, mode), { freq: 2, nil: undefined }),
        ),
        mode.invalid ? sometimes(fc.constantFrom('unknownField', 'targt', '__proto__'), 6, undefined) : fc.constant(undefined),
      )
      .map((values) => {
        const out: Record<string, unknown> = {};
        fields.forEach((f, i) => {
          if (values[i] !== undefined) out[f.name] = values[i];
        });
        const extra = values[fields.length] as string | undefined;
        if (extra) out[extra] = 1;
        return out;
      });
  }
  return wrongValue;
}

/** A JavaScript value written as a GraphQL literal; enum values of `type` bare, anything else as it comes. */
function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const named = type ? getNamedType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (named && isEnumType(named) && named.getValue(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  const inner = type && (isNonNullType(type) ? type.ofType : type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, inner && isListType(inner) ? inner.ofType : undefined)).join(', ')}]`;
  const fields = named && isInputObjectType(named) ? named.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
  return `{${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')}}`;
}

interface Built {
  text: string;
  variables: { name: string; type: string; value: unknown }[];
}

/** Mostly true, for what a valid request has: a required argument, a right declaration. */
const mostly = fc.constantFrom(true, true, true, true, true, true, true, true, true, false);

/** Arguments of one field: each required one mostly given, optional ones sometimes; inline or as variables; sometimes an unknown one. */
function argumentsFor(args: readonly GraphQLArgument[], mode: Mode): fc.Arbitrary<Built> {
  const none: Built = { text: '', variables: [] };
  if (args.length === 0) return mode.invalid ? sometimes(fc.constant({ text: '(bogus: 1)', variables: [] }), 20, none) : fc.constant(none);
  return fc
    .tuple(
      ...args.map((arg) =>
        fc.record({
          given: isNonNullType(arg.type) ? (mode.invalid ? mostly : fc.constant(true)) : fc.boolean(),
          value: inputValue(arg.type, 3, mode),
          asVariable: fc.boolean(),
          rightDeclaration: mode.invalid ? mostly : fc.constant(true),
        }),
      ),
    )
    .map((choices) => {
      const parts: string[] = [];
      const variables: Built['variables'] = [];
      args.forEach((arg, i) => {
        const c = choices[i]!;
        if (!c.given) return;
        if (c.asVariable) {
          const name = `v${mode.counter.n++}`;
          variables.push({ name, type: c.rightDeclaration ? String(arg.type) : 'Int', value: c.value });
          parts.push(`${arg.name}: $${name}`);
        } else {
          parts.push(`${arg.name}: ${literal(c.value, arg.type)}`);
        }
      });
      return { text: parts.length > 0 ? `(${parts.join(', ')})` : '', variables };
    });
}

/** A selection set for a type, `depth` levels deep at most; sometimes with an unknown field or a missing sub-selection. */
function selectionFor(schema: GraphQLSchema, type: GraphQLNamedType, depth: number, mode: Mode): fc.Arbitrary<Built> {
  if (isLeafType(type)) return fc.constant({ text: '', variables: [] });
  if (isUnionType(type)) {
    const members = type.getTypes();
    return fc.subarray([...members], { minLength: 1, maxLength: 2 }).chain((picked) =>
      fc.tuple(...picked.map((m) => selectionFor(schema, m, depth, mode))).map((parts) => ({
        text: `{ __typename ${parts.map((p, i) => `... on ${picked[i]!.name} ${p.text || '{ __typename }'}`).join(' ')} }`,
        variables: parts.flatMap((p) => p.variables),
      })),
    );
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const usable = depth > 0 ? fields : fields.filter((f) => isLeafType(getNamedType(f.type)));
  if (usable.length === 0) return fc.constant({ text: '{ __typename }', variables: [] });
  return fc
    .tuple(
      fc.subarray(usable, { minLength: 1, maxLength: Math.min(4, usable.length) }),
      mode.invalid
        ? sometimes(fc.constantFrom('unknownField', 'password', '__schema { types { name } }', '__type(name: "Query") { name }'), 6, undefined)
        : fc.constant(undefined),
    )
    .chain(([picked, extra]) =>
      fc.tuple(...picked.map((f) => fieldFor(schema, f, depth, mode))).map((parts) => ({
        text: `{ ${[...parts.map((p) => p.text), ...(extra ? [extra] : [])].join(' ')} }`,
        variables: parts.flatMap((p) => p.variables),
      })),
    );
}

function fieldFor(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, depth: number, mode: Mode): fc.Arbitrary<Built> {
  const named = getNamedType(field.type);
  return fc
    .tuple(
      argumentsFor(field.args, mode),
      isLeafType(named) ? fc.constant({ text: '', variables: [] }) : selectionFor(schema, named, depth - 1, mode),
      // Invalid requests may alias two different fields alike (a conflict); valid ones use unique aliases.
      mode.invalid ? sometimes(fc.constantFrom('a', 'alias_1', '_x'), 8, undefined) : sometimes(fc.constant('unique'), 8, undefined),
      // Now and then an object without its selection, or a leaf with one: invalid documents.
      mode.invalid ? sometimes(fc.constant(true), 15, false) : fc.constant(false),
    )
    .map(([args, selection, alias, broken]) => {
      let sub = selection.text;
      if (broken) sub = isLeafType(named) ? '{ value }' : '';
      const name = alias === 'unique' ? `u${mode.counter.n++}` : alias;
      return { text: `${name ? `${name}: ` : ''}${field.name}${args.text} ${sub}`.trim(), variables: [...args.variables, ...selection.variables] };
    });
}

/** An operation on the schema's query or mutation root, `maxDepth` levels deep at most. */
export function operationArbitrary(schema: GraphQLSchema, maxDepth: number): fc.Arbitrary<FuzzOperation> {
  const roots = [
    { keyword: 'query', type: schema.getQueryType()!, weight: 8 },
    ...(schema.getMutationType() ? [{ keyword: 'mutation', type: schema.getMutationType()!, weight: 2 }] : []),
  ];
  const structured = fc
    .tuple(
      fc.oneof(...roots.map((r) => ({ weight: r.weight, arbitrary: fc.constant(r) }))),
      // Mostly shallow, as dashboards ask; now and then as deep as the limit and beyond.
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 5, max: maxDepth }) }),
      fc.boolean(),
    )
    .chain(([root, depth, invalid]) => {
      const mode: Mode = { invalid, counter: { n: 0 } };
      return selectionFor(schema, root.type, depth, mode).map((selection) => {
        const declarations = selection.variables.map((v) => `$${v.name}: ${v.type}`).join(', ');
        const variables = Object.fromEntries(selection.variables.map((v) => [v.name, v.value]));
        return {
          query: `${root.keyword}${declarations ? ` (${declarations})` : ''} ${selection.text}`,
          variables: selection.variables.length > 0 ? variables : undefined,
        };
      });
    });
  /** Documents that are not GraphQL, or barely. */
  const garbage = fc.oneof(
    fc.string({ maxLength: 200 }).map((query) => ({ query })),
    fc.constantFrom('{', '}', '{ __typename', 'query query query', 'fragment F on Query { ...F } { ...F }', '{ a: __typename a: __typename }', '#'.repeat(5000)).map((query) => ({ query })),
    fc.integer({ min: 20, max: 300 }).map((n) => ({ query: `${'{ strategies '.repeat(n)}${'}'.repeat(n)}` })),
    fc.integer({ min: 2, max: 40 }).map((n) => ({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }` })),
  );
  return fc.oneof({ weight: 9, arbitrary: structured }, { weight: 1, arbitrary: garbage });
}
