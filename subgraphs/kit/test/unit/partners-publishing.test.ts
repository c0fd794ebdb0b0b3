import { describe, expect, it } from 'vitest';
import {
  checkPublishRequest,
  commandServicesContext,
  createLogger,
  DEFAULT_PEER_URLS,
  fixedClock,
  logPublishOutcome,
  nothingSent,
  organisationAreaProblem,
  partnersPublishingFrom,
  systemClock,
  type ServicesContext,
} from '../../src';

const CLOCK = fixedClock('2027-03-31T12:00:00Z');
const context = (secret: string | null, env: Record<string, string | undefined> = {}): ServicesContext => ({
  logger: createLogger('test', 'silent'),
  internalTokenSecret: secret,
  peers: { ...DEFAULT_PEER_URLS, partners: 'http://partners.test/graphql' },
  clock: CLOCK,
  env,
});

describe('the kit publishing to partners', () => {
  it('builds the settings from the context: areas from its environment, partners at its peer URL, the subgraph as publisher', () => {
    const secret = 'a-secret-of-at-least-thirty-two-characters';
    const settings = partnersPublishingFrom('people-culture', context(secret, { ORGANISATION_AREAS: 'a-force=W15000001' }));
    expect(Object.fromEntries(settings.areas)).toEqual({ 'a-force': 'W15000001' });
    expect(settings.partners).toEqual({ url: 'http://partners.test/graphql', secret, clock: CLOCK });
    expect(settings.publisher).toEqual({ subject: 'people-culture', roles: ['service'] });
  });

  it('has no partners to call without a secret, and refuses a bad ORGANISATION_AREAS naming it', () => {
    expect(partnersPublishingFrom('service-delivery', context(null)).partners).toBeNull();
    expect(() => partnersPublishingFrom('service-delivery', context(null, { ORGANISATION_AREAS: 'nope' }))).toThrow(/ORGANISATION_AREAS="nope" is invalid/);
  });

  it('says why an organisation has no area, listing those configured', () => {
    const areas = new Map([['a-force', 'W15000001']]);
    expect(organisationAreaProblem(areas, 'a-force')).toBeNull();
    expect(organisationAreaProblem(areas, 'b-force')).toBe(
      'organisation "b-force" has no ONS area code, so its figures cannot be published: add "b-force=<area code>" to ORGANISATION_AREAS (configured: a-force=W15000001)',
    );
    expect(organisationAreaProblem(new Map(), 'b-force')).toContain('(configured: none)');
  });

  it('starts every result from nothing sent, and logs it as it went', () => {
    expect(nothingSent('a-force', 'W15000001', true)).toEqual({
      status: 'NOTHING_TO_PUBLISH',
      organisation: 'a-force',
      area: 'W15000001',
      rows: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      visibleToPublic: true,
      attempts: 0,
      error: null,
    });
    const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
    const logger = {
      info: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'info', fields, message }),
      warn: (fields: Record<string, unknown>, message: string) => lines.push({ level: 'warn', fields, message }),
    } as unknown as Parameters<typeof logPublishOutcome>[0];
    const refused = { ...nothingSent('b-force', null, false), status: 'REFUSED' as const, error: 'no area', notPublished: [{ count: 2 }, { count: 3 }] };
    expect(logPublishOutcome(logger, 'workforce aggregates', refused, { datasets: ['grievances'] })).toBe(refused);
    logPublishOutcome(logger, 'workforce aggregates', { ...nothingSent('a-force', 'W15000001', false), notPublished: [] });
    expect(lines).toEqual([
      {
        level: 'warn',
        message: 'workforce aggregates not published',
        fields: { organisation: 'b-force', area: null, datasets: ['grievances'], status: 'REFUSED', rows: 0, inserted: 0, updated: 0, unchanged: 0, notPublished: 5, attempts: 0, error: 'no area' },
      },
      expect.objectContaining({ level: 'info', message: 'workforce aggregates publish' }),
    ]);
  });

  it('lets staff and admins ask, only admins for public figures, and only for an organisation with an area', () => {
    const areas = new Map([['a-force', 'W15000001']]);
    const as = (role: 'staff' | 'admin' | 'public') => ({ identity: { subject: role, roles: [role] } });
    expect(() => checkPublishRequest(as('staff'), areas, 'a-force', false)).not.toThrow();
    expect(() => checkPublishRequest(as('admin'), areas, 'a-force', true)).not.toThrow();
    const refusal = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return (error as { extensions: Record<string, unknown> }).extensions;
      }
      return null;
    };
    expect(refusal(() => checkPublishRequest(as('public'), areas, 'a-force', false))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(() => checkPublishRequest(as('staff'), areas, 'a-force', true))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(() => checkPublishRequest(as('staff'), areas, 'b-force', false))).toEqual({ code: 'BAD_USER_INPUT', field: 'organisation' });
  });
});

describe("a command's services context", () => {
  it('reads the secret and the peers from the environment it is given, on the system clock', () => {
    const secret = 'a-command-secret-of-at-least-32-characters';
    const built = commandServicesContext('service-delivery', { INTERNAL_TOKEN_SECRET: secret, PARTNERS_URL: 'http://127.0.0.1:9999/graphql' });
    expect(built.internalTokenSecret).toBe(secret);
    expect(built.peers.partners).toBe('http://127.0.0.1:9999/graphql');
    expect(built.env.PARTNERS_URL).toBe('http://127.0.0.1:9999/graphql');
    expect(built.clock).toBe(systemClock);
  });

  it('in production, has no secret unless INTERNAL_TOKEN_SECRET is set (never a local one)', () => {
    expect(commandServicesContext('service-delivery', { NODE_ENV: 'production' }).internalTokenSecret).toBeNull();
    expect(() => commandServicesContext('service-delivery', { INTERNAL_TOKEN_SECRET: 'short' })).toThrow(/INTERNAL_TOKEN_SECRET="short" is invalid/);
  });
});
