/** What no answer of the gateway may show, whatever it was sent. */
const LEAKS: { what: string; pattern: RegExp }[] = [
  { what: 'a stack trace', pattern: /\bat (?:async )?[\w$.<>[\] ]*\(?[^()\s"]+:\d+:\d+\)?/ },
  { what: 'a stack trace', pattern: /"stacktrace"/i },
  { what: 'a file path', pattern: /file:\/\/|node_modules|(?:^|[\s"'(])\/(?:[\w.@-]+\/)+[\w.@-]+\.(?:ts|js|mjs|cjs)\b/ },
  { what: 'a stack overflow', pattern: /Maximum call stack/i },
];

/**
 * Names only the federation's insides know; answers carry them in data (a theme's domain), and
 * an error may repeat what the request said, but no error may bring one up by itself.
 */
const INTERNAL_NAMES = ['organisational-processes', 'service-delivery', 'people-culture', '"partners"', 'serviceName', 'subgraph', 'ORGANISATIONAL_PROCESSES', 'SERVICE_DELIVERY', 'PEOPLE_CULTURE', 'PARTNERS'];

/** Why the answer to `request` is not acceptable, or undefined when it is. */
export function problemWithAnswer(status: number, text: string, request: string, repositoryRoot: string): string | undefined {
  if (status >= 500 && status !== 503) return `HTTP ${status}`;
  for (const leak of LEAKS) if (leak.pattern.test(text)) return `the answer shows ${leak.what} (${leak.pattern})`;
  if (repositoryRoot.length > 1 && text.includes(repositoryRoot)) return 'the answer shows a path of this machine';
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the answer is not JSON';
  }
  const errors = (body as { errors?: unknown }).errors;
  if (errors !== undefined) {
    if (!Array.isArray(errors)) return 'errors is not a list';
    const shown = JSON.stringify(errors);
    const named = INTERNAL_NAMES.find(
      (name) => new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(shown) && !request.toLowerCase().includes(name.toLowerCase()),
    );
    if (named) return `an error names an internal service (${named})`;
    if (errors.some((e) => typeof (e as { message?: unknown }).message !== 'string')) return 'an error has no message';
  }
  if (status === 200 && errors === undefined && (body as { data?: unknown }).data === undefined) return 'a 200 with neither data nor errors';
  return undefined;
}
