import type { GatewayError } from '../graphql/gateway-client';

/** One line of a GOV.UK error summary, linking to the field it is about. */
export interface FormError {
  text: string;
  href: string;
  field: string;
}

/**
 * The gateway's refusal of a write as error-summary lines naming the form's fields: each problem
 * of a BAD_USER_INPUT (its path, e.g. `evidence[0]`, is the field), a CONFLICT as the version it
 * was made against, and anything else (e.g. FORBIDDEN) as it is, against the form's first field.
 */
export function formErrors(errors: GatewayError[], labels: Record<string, string>, firstField: string): FormError[] {
  const label = (field: string) => labels[field] ?? field;
  return errors.flatMap((error): FormError[] => {
    const extensions = error.extensions ?? {};
    if (extensions.code === 'CONFLICT') {
      const now = extensions.currentVersion === undefined ? '' : ` (it is now at version ${extensions.currentVersion})`;
      return [
        {
          field: 'expectedVersion',
          href: '#expectedVersion',
          text: `${label('expectedVersion')}: someone else recorded an entry since you opened this page${now}. Nothing was saved: read the latest entry, then record yours again.`,
        },
      ];
    }
    const problems = extensions.problems?.length ? extensions.problems : extensions.field ? [{ path: extensions.field, message: error.message }] : [];
    if (problems.length) {
      return problems.map((problem) => {
        const field = problem.path.replace(/\[\d+\]$/, '').replace(/^input\./, '');
        const message = problem.message.replace(new RegExp(`^${problem.path.replace(/[[\]]/g, '\\$&')}:\\s*`), '');
        return { field, href: `#${field}`, text: `${label(field)}: ${message}` };
      });
    }
    const reason = extensions.code === 'FORBIDDEN' || extensions.code === 'UNAUTHENTICATED' ? 'you may not record this' : 'it was refused';
    return [{ field: firstField, href: `#${firstField}`, text: `${reason[0]!.toUpperCase()}${reason.slice(1)}: ${error.message}` }];
  });
}

/** The message of the first error about a field, for the field's own error message. */
export const fieldErrors = (errors: FormError[]) =>
  Object.fromEntries([...errors].reverse().map((e) => [e.field, { text: e.text }]));
