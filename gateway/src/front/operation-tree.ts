import { Kind, valueFromASTUntyped, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

/** How a variable of the operation reads in its tree: a marker for a variable the client gives, or a value fixed with the document. */
export type VariableReading = (name: string) => { variable: string } | { value: unknown } | undefined;

/**
 * An operation as the answer it asks for: each field by its response key (alias or name), its
 * arguments by name (literals as their JSON values, variables as `variableReading` reads them),
 * in the order asked, as one canonical JSON text. Two operations with the same tree ask for the
 * same answer, key for key. Undefined for anything whose answer's shape could depend on more
 * than the tree — a fragment or inline fragment (a type condition), a directive (`@skip`,
 * `@include`, `@defer`…) — or for a variable `variableReading` cannot place.
 */
export function operationTree(operation: OperationDefinitionNode, variableReading: VariableReading): string | undefined {
  if (operation.directives?.length) return undefined;
  try {
    return JSON.stringify(selectionTree(operation.selectionSet, variableReading));
  } catch (error) {
    if (error instanceof NotATree) return undefined;
    throw error;
  }
}

class NotATree extends Error {}

type Tree = Field[];
type Field = [key: string, name: string, args: [string, unknown][], selection: Tree | null];

function selectionTree(selectionSet: SelectionSetNode, read: VariableReading): Tree {
  return selectionSet.selections.map((selection): Field => {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) throw new NotATree();
    const args = (selection.arguments ?? [])
      .map((argument): [string, unknown] => [argument.name.value, valueOf(argument.value, read)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return [selection.alias?.value ?? selection.name.value, selection.name.value, args, selection.selectionSet ? selectionTree(selection.selectionSet, read) : null];
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
