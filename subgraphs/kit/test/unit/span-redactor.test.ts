import { describe, expect, it } from 'vitest';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { SpanRedactor } from '../../src/telemetry/span-redactor';

describe('span redactor', () => {
  const exporter = new InMemorySpanExporter();
  const tracer = new BasicTracerProvider({ spanProcessors: [new SpanRedactor(), new SimpleSpanProcessor(exporter)] }).getTracer('test');
  const recorded = (attributes: Record<string, string>) => {
    exporter.reset();
    const span = tracer.startSpan('probe');
    span.setAttributes(attributes);
    span.end();
    return exporter.getFinishedSpans()[0]!.attributes;
  };

  it('drops query strings from URLs, where a GET carries its variables', () => {
    expect(
      recorded({
        'url.full': 'http://127.0.0.1:4000/graphql?query=%7Bx%7D&variables=%7B%22area%22%3A%22E23000014%22%7D',
        'http.target': '/graphql?query=1',
        'url.query': 'query=1',
        'http.url': 'http://127.0.0.1:4101/graphql',
      }),
    ).toEqual({
      'url.full': 'http://127.0.0.1:4000/graphql?[redacted]',
      'http.target': '/graphql?[redacted]',
      'url.query': '[redacted]',
      'http.url': 'http://127.0.0.1:4101/graphql',
    });
  });

  it('takes string and number literals out of SQL, keeping names', () => {
    expect(
      recorded({
        'db.query.text': `select "o0".* from "partners"."audit_entry" as "o0" where "o0"."partner_id" in ('nhs-trust', 'it''s') and "o0"."rows" > 12 and "t2"."x" = -3.5 limit 25`,
      })['db.query.text'],
    ).toBe(`select "o0".* from "partners"."audit_entry" as "o0" where "o0"."partner_id" in (?, ?) and "o0"."rows" > ? and "t2"."x" = ? limit ?`);
  });

  it('takes inline string arguments out of GraphQL documents', () => {
    expect(recorded({ 'graphql.document': 'query{disparity(area:"E23000014",period:"2017-06",note:"say \\"hi\\""){rows{count}}}' })['graphql.document']).toBe(
      'query{disparity(area:"?",period:"?",note:"?"){rows{count}}}',
    );
  });
});
