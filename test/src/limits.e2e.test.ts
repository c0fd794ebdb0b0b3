import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

describe('gateway limits', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ limits: { maxDepth: 6, maxAliases: 5, maxTokens: 400, requestsPerMinute: 1000, maxBodyBytes: 20_000 } });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('refuses a query deeper than the limit, naming the limit', async () => {
    const shallow = await harness.query('{ organisation(id: "west-midlands-police") { serviceDelivery { importedFiles } } }');
    expect(shallow.body.errors).toBeUndefined();
    const { body } = await harness.query('{ a { b { c { d { e { f { g } } } } } } }');
    expect(body.errors?.some((e) => /depth/i.test(e.message))).toBe(true);
  });

  it('refuses cyclic fragments', async () => {
    const { body } = await harness.query(
      '{ organisations { ...A } } fragment A on Organisation { id ...B } fragment B on Organisation { name ...A }',
    );
    expect(body.data).toBeUndefined();
    expect(body.errors?.some((e) => /cannot spread fragment "A" within itself/i.test(e.message))).toBe(true);
  });

  it('refuses an alias bomb', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: organisations { id }`).join(' ');
    const { body } = await harness.query(`{ ${aliases} }`);
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: 500 }, () => 'id').join(' '); // ~505 tokens, limit 400
    const { body } = await harness.query(`{ organisations { ${fields} } }`);
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const padding = 'x'.repeat(30_000);
    const { status, body } = await harness.query(`{ organisations { id } } # ${padding}`);
    expect(status).toBe(413);
    expect(body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('treats hostile strings as data', async () => {
    for (const hostile of ["x'; drop table organisation; --", 'ü̷̢n̶i̵c̸o̷d̵e̷ 🚓 \u202e', 'a'.repeat(5000)]) {
      const { status, body } = await harness.query('query ($id: ID!) { organisation(id: $id) { id } }', { variables: { id: hostile } });
      expect(status).toBe(200);
      expect(body).toEqual({ data: { organisation: null } });
    }
    const { body } = await harness.query('{ organisations { id } }');
    expect(body.data.organisations).toHaveLength(3);
  });
});

describe('gateway rate limit', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ limits: { requestsPerMinute: 3 } });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('answers 429 with a retry hint once a caller exceeds its limit', async () => {
    const responses = [];
    for (let i = 0; i < 4; i++) responses.push(await harness.query('{ organisations { id } }'));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    const last = responses[3]!;
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('production mode', { timeout: 180_000 }, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ production: true });
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it('hides introspection, field suggestions and stack traces', async () => {
    const introspection = await harness.query('{ __schema { types { name } } }');
    expect(introspection.body.data?.__schema).toBeUndefined();
    expect(introspection.body.errors?.[0]?.message).toMatch(/introspection/i);

    const typo = await harness.query('{ organisationz { id } }');
    const message = typo.body.errors?.[0]?.message ?? '';
    expect(message).toMatch(/Cannot query field/);
    expect(message).not.toMatch(/Did you mean/);

    const broken = await harness.query('{ organisation(id: 1.5) { id } }');
    expect(JSON.stringify(broken.body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('reports the failing root field’s own error, not its siblings’ as internal errors, whatever their order', async () => {
    // Both root fields go to the partners subgraph in one request; the public may ask for
    // disparity but not for partner agencies, and both fields are non-null.
    const disparity = 'disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: "2017-06") { __typename }';
    for (const document of [`{ a: ${disparity} b: partnerAgencies { key } }`, `{ b: partnerAgencies { key } a: ${disparity} }`]) {
      const { body } = await harness.query(document);
      expect(body.data, document).toBeNull();
      expect(body.errors, document).toEqual([
        { message: 'This needs one of the roles: staff, admin.', path: ['b'], extensions: { code: 'FORBIDDEN' } },
      ]);
    }
    // Across subgraphs, and with the failing field under its own name: the same.
    const { body } = await harness.query(`{ organisations { id } partnerAgencies { key } x: ${disparity} }`);
    expect(body.data).toBeNull();
    expect(body.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([['FORBIDDEN', ['partnerAgencies']]]);
  });
});
