import { describe, expect, it, vi } from 'vitest';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@edhr/kit';
import { HOSTILE, HOSTILE_OPERATIONS, LEAK, isEmpty, variablesFor } from './role-matrix/hostile-strings';
import {
  AGREEMENT,
  AREA,
  CALLERS,
  EVERY_CALLER,
  OTHER_AREA,
  PARTNER,
  PARTNER_WITHOUT,
  disparity,
  expectAllowed,
  expectRefused,
  valueAt,
  type Cell,
  type GraphQLResponse,
  type Subgraph,
} from './role-matrix/matrix';
import { ORGANISATIONAL_PROCESSES_OPERATIONS } from './role-matrix/organisational-processes.operations';
import { PARTNERS_OPERATIONS } from './role-matrix/partners.operations';
import { PEOPLE_CULTURE_OPERATIONS } from './role-matrix/people-culture.operations';
import { SERVICE_DELIVERY_OPERATIONS } from './role-matrix/service-delivery.operations';
import { setUpRoleMatrix } from './role-matrix/setup';

/** The Asian count of 2024-Q1 in the set-up: below every threshold, so never shown exactly. */
const ASIAN_TRUE_COUNT = 4;

/**
 * Who may do what, cell by cell: every role against every sensitive query and mutation, once
 * through the gateway (bearer tokens) and once straight at the owning subgraph (a
 * gateway-signed internal token), from the roles the security model grants — not from what
 * the resolvers happen to check.
 *
 * ALLOWED means the role check let the request through: no FORBIDDEN or UNAUTHENTICATED error.
 * Mutations must not change anything when allowed, so each row says how it stays harmless:
 * an input refused by validation after the role check (BAD_USER_INPUT), a record that does
 * not exist (NOT_FOUND), a stale version (CONFLICT) or an operation that is idempotent.
 * REFUSED means an error coded FORBIDDEN or UNAUTHENTICATED and no data for the field.
 *
 * The rows, one file per owning subgraph, the callers and the verdict helpers live in
 * `./role-matrix/`; the fixtures are created by `./role-matrix/setup.ts`.
 */

// ── The matrix ───────────────────────────────────────────────────────────────────────────────

const MATRIX: Cell[] = [
  ...ORGANISATIONAL_PROCESSES_OPERATIONS,
  ...PEOPLE_CULTURE_OPERATIONS,
  ...SERVICE_DELIVERY_OPERATIONS,
  ...PARTNERS_OPERATIONS,
];

// ── The runner ───────────────────────────────────────────────────────────────────────────────

describe('role matrix', { timeout: 300_000 }, () => {
  const { throughGateway, toSubgraph, straightToSubgraph } = setUpRoleMatrix();

  const cells = MATRIX.flatMap((row) =>
    EVERY_CALLER.map((caller) => ({ row, caller, verdict: row.allowed.includes(caller) ? 'ALLOWED' : 'REFUSED' })),
  );

  const judge = (response: GraphQLResponse, verdict: string, field: string, where: string) =>
    verdict === 'ALLOWED' ? expectAllowed(response, where) : expectRefused(response, field, where);

  describe('through the gateway, with bearer tokens', () => {
    for (const { row, caller, verdict } of cells) {
      it(`${row.name} — ${caller} → ${verdict}`, async () => {
        const response = await throughGateway(caller, row.document, row.variables);
        judge(response, verdict, row.field, `gateway · ${row.name} · ${caller}`);
      });
    }
  });

  describe('straight to the owning subgraph, with internal tokens', () => {
    for (const { row, caller, verdict } of cells) {
      it(`${row.subgraph} · ${row.name} — ${caller} → ${verdict}`, async () => {
        const { document, variables, field } = row.direct ?? row;
        const response = await straightToSubgraph(caller, row.subgraph, document, variables);
        judge(response, verdict, field, `${row.subgraph} · ${row.name} · ${caller}`);
      });
    }
  });

  describe('a subgraph called without the gateway', () => {
    const subgraphs: Subgraph[] = ['organisational-processes', 'people-culture', 'partners', 'service-delivery'];
    it.each(subgraphs)('%s refuses every matrix operation without an internal token (401)', async (subgraph) => {
      for (const row of MATRIX.filter((r) => r.subgraph === subgraph)) {
        const { document, variables } = row.direct ?? row;
        const { status, body } = await toSubgraph(subgraph, document, variables);
        expect(status, row.name).toBe(401);
        expect(body.errors?.[0]?.extensions?.code, row.name).toBe('UNAUTHENTICATED');
        expect(body.data ?? null, row.name).toBeNull();
      }
    });

    it.each(subgraphs)('%s refuses a forged or malformed internal token (401)', async (subgraph) => {
      const forged = await signInternalToken(CALLERS.admin, 'f'.repeat(64));
      for (const token of [forged, 'not-a-token', '']) {
        const { status } = await toSubgraph(subgraph, '{ __typename }', undefined, { [INTERNAL_TOKEN_HEADER]: token });
        expect(status).toBe(401);
      }
    });
  });

  describe('a partner reads nothing outside its agreements', () => {
    const reasonOf = (response: GraphQLResponse) => response.body.errors?.find((e) => e.extensions?.code === 'FORBIDDEN')?.message;

    it('is refused disparity for another area, another dataset or a finer period, saying why', async () => {
      const cases: [string, RegExp][] = [
        [disparity('stop-search', OTHER_AREA, '2024-Q1'), new RegExp(`no live agreement covers dataset stop-search for characteristic RACE in area ${OTHER_AREA}`)],
        [disparity('use-of-force', AREA, '2024-Q1'), /no live agreement covers dataset use-of-force/],
        [disparity('stop-search', AREA, '2024-Q1', 'MONTH'), new RegExp(`agreement ${AGREEMENT} allows nothing finer than QUARTER`)],
      ];
      for (const [document, reason] of cases) {
        const response = await throughGateway('partner', document);
        expect(response.body.data?.disparity ?? null).toBeNull();
        expect(reasonOf(response)).toMatch(reason);
      }
      const without = await throughGateway('partner-without-agreement', disparity('stop-search', AREA, '2024-Q1'));
      expect(reasonOf(without)).toMatch(new RegExp(`partner "${PARTNER_WITHOUT}" has no data-sharing agreement`));
    });

    it('gets its covered disparity suppressed at the agreement threshold, named by agreement', async () => {
      const { body } = await throughGateway('partner', disparity('stop-search', AREA, '2024-Q1').replace('suppressionApplied', 'suppressionApplied agreementReference'));
      expect(body.errors).toBeUndefined();
      expect(body.data.disparity).toMatchObject({ suppressionApplied: true, agreementReference: AGREEMENT });
      // Perturbed for disclosure control: the Asian count below the threshold is never shown exactly.
      expect(body.data.disparity.rows.find((r: { category: string }) => r.category === 'ASIAN').count).not.toBe(ASIAN_TRUE_COUNT);
    });

    it('lists only the findings its agreement covers, though others exist', async () => {
      const all = await throughGateway('staff', '{ findings { area } }');
      expect(new Set(all.body.data.findings.map((f: { area: string }) => f.area))).toEqual(new Set([AREA, OTHER_AREA]));
      const own = await throughGateway('partner', '{ findings { area dataset } }');
      expect(own.body.errors).toBeUndefined();
      expect(own.body.data.findings.length).toBeGreaterThan(0);
      expect(own.body.data.findings.every((f: { area: string; dataset: string }) => f.area === AREA && f.dataset === 'stop-search')).toBe(true);
    });

    it('sees only its own agreements', async () => {
      const own = await throughGateway('partner', '{ dataSharingAgreements { reference } }');
      expect(own.body.data.dataSharingAgreements).toEqual([{ reference: AGREEMENT }]);
      const none = await throughGateway('partner-without-agreement', '{ dataSharingAgreements { reference } }');
      expect(none.body.data.dataSharingAgreements).toEqual([]);
      const other = await throughGateway('partner-without-agreement', `{ dataSharingAgreements(partnerKey: "${PARTNER}") { reference } }`);
      expect(reasonOf(other)).toMatch(/only its own agreements/);
    });

    it('leaves every refusal in the audit log, which only an admin reads', async () => {
      const { body } = await throughGateway('admin', `{ partnerAuditLog(partnerKey: "${PARTNER}", limit: 1000) { outcome reason } }`);
      expect(body.data.partnerAuditLog.some((e: { outcome: string; reason: string | null }) => e.outcome === 'refused' && e.reason?.includes(OTHER_AREA))).toBe(true);
    });
  });

  describe('the public reads only published, suppressed data', () => {
    it('sees published figures with small counts withheld', async () => {
      const { body } = await throughGateway('public', disparity('stop-search', AREA, '2024-Q1').replace('count', 'count suppressed suppressionReason'));
      expect(body.errors).toBeUndefined();
      expect(body.data.disparity.suppressionApplied).toBe(true);
      const row = (category: string) => body.data.disparity.rows.find((r: { category: string }) => r.category === category);
      expect(row('ASIAN').count).not.toBe(ASIAN_TRUE_COUNT);
      if (row('ASIAN').suppressed) expect(row('ASIAN')).toMatchObject({ count: null, suppressionReason: 'below_threshold' });
      expect(row('WHITE')).toMatchObject({ suppressed: false });
      expect(Math.abs(row('WHITE').count - 300)).toBeLessThanOrEqual(15);
    });

    it('sees nothing of unpublished figures that staff see', async () => {
      const staff = await throughGateway('staff', disparity('stop-search', AREA, '2024-Q2'));
      expect(staff.body.data.disparity.rows.length).toBeGreaterThan(0);
      const pub = await throughGateway('public', disparity('stop-search', AREA, '2024-Q2'));
      expect(pub.body.errors).toBeUndefined();
      expect(pub.body.data.disparity.rows).toEqual([]);
    });
  });

  describe('hostile strings in filters and inputs', () => {
    for (const op of HOSTILE_OPERATIONS) {
      for (const [what, value] of HOSTILE) {
        it(`${op.name} with ${what} is harmless`, async () => {
          const { status, body } = await throughGateway(op.caller, op.document, variablesFor(op.document, value));
          const summary = JSON.stringify(body).slice(0, 600);
          expect(status, summary).toBeLessThan(500);
          for (const error of body.errors ?? []) {
            expect(['BAD_USER_INPUT', 'NOT_FOUND'], summary).toContain(error.extensions?.code);
            expect(error.message, summary).not.toMatch(LEAK);
          }
          expect(isEmpty(valueAt(body.data, op.field)), summary).toBe(true);
        });
      }
    }

    it('leaves the data as it was', async () => {
      const { body } = await throughGateway('admin', '{ dataSharingAgreements { reference } organisations { id } }');
      expect(body.data.dataSharingAgreements).toEqual([{ reference: AGREEMENT }]);
      expect(body.data.organisations).toHaveLength(3);
    });
  });

  describe('variables of the wrong type', () => {
    it.each([
      ['an object for an ID', 'query ($id: ID!) { strategy(id: $id) { id } }', { id: { $ne: null } }, /Variable "\$id" got invalid value .*ID cannot represent/],
      ['text for an Int', 'query ($first: Int) { actions(first: $first) { totalCount } }', { first: 'ten' }, /Variable "\$first" got invalid value "ten".*Int cannot represent/],
      ['an unknown enum value', 'query ($g: PeriodGranularity) { disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: "2024", groupBy: $g) { area } }', { g: 'DECADE' }, /Variable "\$g" got invalid value "DECADE".*PeriodGranularity/],
      ['a missing required variable', 'query ($id: ID!) { strategy(id: $id) { id } }', {}, /Variable "\$id" of required type "ID!" was not provided/],
    ])('refuses %s at the gateway with a clear message', async (_case, document, variables, message) => {
      const warned = vi.spyOn(console, 'warn');
      const { status, body } = await throughGateway('staff', document, variables);
      // Refused before execution, and before the response cache: nothing the cache warns about.
      expect(warned).not.toHaveBeenCalled();
      warned.mockRestore();
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(message);
    });
  });
});
