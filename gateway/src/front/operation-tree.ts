import {
  getNamedType,
  GraphQLObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** How a variable of the operation reads in its tree: a marker for a variable the client gives, or a value fixed with the document. */
export type VariableReading = (name: string) => { variable: string } | { value: unknown } | undefined;

/** Deepest nesting of selections followed (fields and fragments), far beyond the gateway's depth limit. */
const MAX_NESTING = 200;

/**
 * An operation as the answer it asks for: each field by its response key (alias or name), its
 * arguments by name (literals as their JSON values, variables as `variableReading` reads them),
 * in the order asked, as one canonical JSON text. A fragment (named or inline) on the very object
 * type it is spread in is read as its fields, in place; so two operations with the same tree ask
 * for the same answer, key for key, whatever their fragments. Undefined for anything whose
 * answer's shape could depend on more than the tree — a field of an interface or union type, a
 * fragment on another type, a directive (`@skip`, `@include`, `@defer`…) — or for a variable
 * `variableReading` cannot place, or a field the schema does not have.
 */
export function operationTree(document: DocumentNode, operation: OperationDefinitionNode, variableReading: VariableReading, schema: GraphQLSchema): string | undefined {
  const root = schema.getRootType(operation.operation);
  if (operation.directives?.length || !root) return undefined;
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const),
  );
  try {
    return JSON.stringify(selectionTree({ fragments, read: variableReading }, operation.selectionSet, root, 0));
  } catch (error) {
    if (error instanceof NotATree) return undefined;
    throw error;
  }
}

class NotATree extends Error {}

type Tree = Field[];
type Field = [key: string, name: string, args: [string, unknown][], selection: Tree | null];
type Context = { fragments: ReadonlyMap<string, FragmentDefinitionNode>; read: VariableReading };

function selectionTree(context: Context, selectionSet: SelectionSetNode, parent: GraphQLObjectType, nesting: number): Tree {
  if (nesting > MAX_NESTING) throw new NotATree();
  return selectionSet.selections.flatMap((selection): Field[] => {
    if (selection.directives?.length) throw new NotATree();
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const args = (selection.arguments ?? [])
        .map((argument): [string, unknown] => [argument.name.value, valueOf(argument.value, context.read)])
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      let child: Tree | null = null;
      if (selection.selectionSet) {
        const type = parent.getFields()[name] && getNamedType(parent.getFields()[name]!.type);
        if (!(type instanceof GraphQLObjectType)) throw new NotATree();
        child = selectionTree(context, selection.selectionSet, type, nesting + 1);
      } else if (name !== '__typename' && !parent.getFields()[name]) {
        throw new NotATree();
      }
      return [[selection.alias?.value ?? name, name, args, child]];
    }
    const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? context.fragments.get(selection.name.value) : selection;
    if (!fragment || fragment.directives?.length) throw new NotATree();
    // Only a fragment on the type it is spread in always applies, and reads as its fields.
    if (fragment.typeCondition && fragment.typeCondition.name.value !== parent.name) throw new NotATree();
    return selectionTree(context, fragment.selectionSet, parent, nesting + 1);
  });
}

function valueOf(node: ValueNode, read: VariableReading): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const reading = read(node.name.value);
      if (!reading) throw new NotATree();
      return 'variable' in reading ? { $variable: reading.variable } : { $value: reading.value };
    }
    case Kind.LIST:
      return node.values.map((value) => valueOf(value, read));
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((field) => [field.name.value, valueOf(field.value, read)] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    default:
      return { $value: valueFromASTUntyped(node) };
  }
}
