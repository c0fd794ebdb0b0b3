/** The label of an operation without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The label of every name past the cap, and of a name that is not a plain GraphQL name. */
export const OTHER_OPERATION = 'other';

const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Turns client-chosen operation names into a bounded set of label values: a name that is not a
 * plain GraphQL name (at most 64 characters) and every name after the first `maxNames` become
 * `other`, so a client can neither grow the series without bound nor write free text into them.
 */
export function operationLabeller(maxNames = 200): (operationName: string | null | undefined) => string {
  const seen = new Set<string>();
  return (operationName) => {
    if (!operationName) return ANONYMOUS_OPERATION;
    if (!GRAPHQL_NAME.test(operationName)) return OTHER_OPERATION;
    if (seen.has(operationName)) return operationName;
    if (seen.size >= maxNames) return OTHER_OPERATION;
    seen.add(operationName);
    return operationName;
  };
}
