import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';

/** Attributes that can hold a request's URL or its query string. */
const URL_ATTRIBUTES = ['url.full', 'url.query', 'http.url', 'http.target'] as const;
/** Attributes holding SQL text: the ORM writes values into its statements as literals. */
const SQL_ATTRIBUTES = ['db.query.text', 'db.statement'] as const;
/** Attributes holding a GraphQL document, whose string arguments may be written inline. */
const GRAPHQL_ATTRIBUTES = ['graphql.document'] as const;

const SQL_STRING = /'(?:[^']|'')*'/g;
/** A number standing alone (not part of a name such as `o0` or a quoted identifier). */
const SQL_NUMBER = /(?<![\w".])-?\d+(?:\.\d+)?(?![\w".])/g;
const GRAPHQL_STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * Takes values out of what spans record, before each span ends, so traces carry the shape of a
 * request and never its data: the query string off every URL (a GraphQL GET carries its
 * variables there), string and number literals out of SQL statements (`'…'`, `42` → `?`) and out of GraphQL
 * documents (`"…"` → `"?"`). Variables are never recorded in the first place.
 */
export class SpanRedactor implements SpanProcessor {
  onStart(_span: Span, _context: Context): void {}

  onEnding(span: Span): void {
    for (const name of URL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value !== 'string') continue;
      if (name === 'url.query') span.setAttribute(name, '[redacted]');
      else if (value.includes('?')) span.setAttribute(name, `${value.slice(0, value.indexOf('?'))}?[redacted]`);
    }
    for (const name of SQL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string') span.setAttribute(name, value.replace(SQL_STRING, '?').replace(SQL_NUMBER, '?'));
    }
    for (const name of GRAPHQL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string') span.setAttribute(name, value.replace(GRAPHQL_STRING, '"?"'));
    }
  }

  onEnd(_span: ReadableSpan): void {}

  async forceFlush(): Promise<void> {}

  async shutdown(): Promise<void> {}
}
