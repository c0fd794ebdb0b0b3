import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@edhr/kit';
import { ADMIN, PUBLIC, STAFF, openPartnersHarness, partner, type PartnersHarness } from './partners-harness';
import { DISPARITY, TEST_DENOMINATOR, WEST_MERCIA, WEST_MIDLANDS, publishedValue, seed, shownAs } from './fixtures';

const testDenominator = { ds: TEST_DENOMINATOR.source, de: TEST_DENOMINATOR.edition };
const quarter = { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1', ...testDenominator };
const rowOf = (data: any, category: string, period = '2024-Q1') =>
  data.disparity.rows.find((r: any) => r.category === category && r.period === period);

describe('disparity API', { timeout: 120_000 }, () => {
  let h: PartnersHarness;
  beforeAll(async () => {
    h = await openPartnersHarness();
    await seed(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('gives staff unsuppressed rates, ratios and Katz intervals that match a hand calculation', async () => {
    const data = await h.ok(DISPARITY, quarter, STAFF);
    expect(data.disparity.suppressionApplied).toBe(false);
    expect(data.disparity.denominator).toEqual({ source: 'Test population', edition: '1' });
    expect(data.disparity.totals).toEqual([{ period: '2024-Q1', total: 444, suppressed: false }]);

    // Black: 120 searches / 40,000 people × 1,000 = 3.0 per 1,000.
    // White (reference): 300 / 600,000 × 1,000 = 0.5 per 1,000.
    // RRR = 3.0 / 0.5 = 6.0.
    // SE(ln RRR) = √(1/120 − 1/40,000 + 1/300 − 1/600,000)
    //            = √(0.0083333 − 0.0000250 + 0.0033333 − 0.0000017) = √0.0116400 = 0.107889
    // CI = exp(ln 6 ± 1.959964 × 0.107889) = exp(1.791759 ± 0.211458) = exp(1.580301), exp(2.003217)
    //    = 4.856 to 7.413 → excludes 1, significant.
    const black = rowOf(data, 'BLACK');
    expect(black.count).toBe(120);
    expect(black.denominator).toBe(40000);
    expect(black.rate.value).toBeCloseTo(3.0, 3);
    expect(black.ratio.value).toBeCloseTo(6.0, 3);
    expect(black.ratio.standardError).toBeCloseTo(0.107889, 5);
    expect(black.ratio.lower).toBeCloseTo(4.856, 3);
    expect(black.ratio.upper).toBeCloseTo(7.413, 3);
    expect(black.ratio.significant).toBe(true);

    const white = rowOf(data, 'WHITE');
    expect(white.isReference).toBe(true);
    expect(white.rate.value).toBeCloseTo(0.5, 3);
    expect(white.ratio).toMatchObject({ computable: false, value: null, reason: 'REFERENCE_CATEGORY' });

    // Mixed: 20 / 20,000 × 1,000 = 1.0; RRR = 1.0 / 0.5 = 2.0.
    // SE = √(1/20 − 1/20,000 + 1/300 − 1/600,000) = √0.0532817 = 0.230828
    // CI = exp(0.693147 ± 1.959964 × 0.230828) = exp(0.240733), exp(1.145561) = 1.272 to 3.144.
    const mixed = rowOf(data, 'MIXED');
    expect(mixed.rate.value).toBeCloseTo(1.0, 3);
    expect(mixed.ratio.value).toBeCloseTo(2.0, 3);
    expect(mixed.ratio.lower).toBeCloseTo(1.272, 3);
    expect(mixed.ratio.upper).toBeCloseTo(3.144, 3);

    // Asian: 4 / 100,000 × 1,000 = 0.04; RRR = 0.04 / 0.5 = 0.08, shown to staff unsuppressed.
    const asian = rowOf(data, 'ASIAN');
    expect(asian).toMatchObject({ count: 4, suppressed: false });
    expect(asian.rate.value).toBeCloseTo(0.04, 3);
    expect(asian.ratio.value).toBeCloseTo(0.08, 3);
  });

  it('groups by month and reports a trend per category', async () => {
    const data = await h.ok(DISPARITY, { ...quarter, groupBy: 'MONTH' }, STAFF);
    expect(data.disparity.rows.filter((r: any) => r.category === 'BLACK').map((r: any) => r.period)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
    ]);
    // January: Black 40 / 40,000 × 1,000 = 1.0; White 100 / 600,000 × 1,000 = 0.1667; RRR = 6.0.
    expect(rowOf(data, 'BLACK', '2024-01').ratio.value).toBeCloseTo(6.0, 3);
    expect(data.disparity.trends.find((t: any) => t.category === 'BLACK')).toEqual({ category: 'BLACK', direction: 'flat', points: 3 });
  });

  it('uses the shipped Census 2021 denominator by default and says so', async () => {
    const data = await h.ok(DISPARITY, { dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1' }, STAFF);
    // Nothing was loaded at start in this test, so the default has no figures: rates say why.
    expect(data.disparity.denominator.source).toBe('ONS Census 2021 TS021 (police force areas)');
    expect(rowOf(data, 'BLACK').rate).toMatchObject({ computable: false, value: null, reason: 'MISSING_POPULATION' });
    expect(data.disparity.notes.join(' ')).toContain('has no figures for RACE in E23000014');
  });

  it('shows a partner exactly its agreement, perturbed by the cell-key method, withheld below its threshold', async () => {
    const data = await h.ok(DISPARITY, quarter, partner('bcc'));
    const d = data.disparity;
    expect(d).toMatchObject({ suppressionApplied: true, countsPerturbed: true, suppressionThreshold: 10, agreementReference: 'WMP-DSA-1' });
    expect(d.notes.join(' ')).toContain('perturbed for disclosure control');
    const q1 = { firstDay: '2024-01-01', lastDay: '2024-03-31' };
    const truth: Record<string, number> = { WHITE: 300, BLACK: 120, MIXED: 20, ASIAN: 4 };
    for (const [category, count] of Object.entries(truth)) {
      const published = publishedValue({ ...q1, category }, count);
      const row = rowOf(data, category);
      expect(row.count).toBe(shownAs(published));
      expect(row.suppressed).toBe(shownAs(published) === null);
      expect(row.suppressionReason).toBe(row.suppressed ? 'below_threshold' : null);
    }
    // Asian's 4 is never shown as 4: withheld, 0, or 10 and more.
    expect(rowOf(data, 'ASIAN').count).not.toBe(4);
    // The total is a cell of its own, perturbed with its own key: not 444 minus the published cells.
    const total = publishedValue({ ...q1, category: '*total*' }, 444);
    expect(d.totals).toEqual([{ period: '2024-Q1', total, suppressed: false }]);
    // Rates and ratios are worked out from the published counts, not the true ones.
    const black = rowOf(data, 'BLACK');
    const white = rowOf(data, 'WHITE');
    expect(black.rate.value).toBeCloseTo((black.count / 40000) * 1000, 9);
    expect(black.ratio.value).toBeCloseTo(black.count / 40000 / (white.count / 600000), 9);
    const se = Math.sqrt(1 / black.count - 1 / 40000 + 1 / white.count - 1 / 600000);
    expect(black.ratio.standardError).toBeCloseTo(se, 9);
    const asian = rowOf(data, 'ASIAN');
    if (asian.suppressed) expect(asian.rate).toMatchObject({ computable: false, value: null, reason: 'SUPPRESSED' });

    // The same question gives the same answer: no averaging the noise away by asking again.
    const again = await h.ok(DISPARITY, quarter, partner('bcc'));
    expect(again.disparity.rows).toEqual(d.rows);
    expect(again.disparity.totals).toEqual(d.totals);
  });

  it('refuses a partner anything outside its agreement, saying why', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...quarter, period: '2024-01' }, 'agreement WMP-DSA-1 allows nothing finer than QUARTER (asked for MONTH)'],
      [{ ...quarter, groupBy: 'MONTH' }, 'agreement WMP-DSA-1 allows nothing finer than QUARTER (asked for MONTH)'],
      [{ ...quarter, area: WEST_MERCIA }, `no live agreement covers dataset stop-search for characteristic RACE in area ${WEST_MERCIA}`],
      [{ ...quarter, dataset: 'use-of-force' }, `no live agreement covers dataset use-of-force for characteristic RACE in area ${WEST_MIDLANDS}`],
    ];
    for (const [variables, reason] of cases) {
      const result = await h.run(DISPARITY, variables, partner('bcc'));
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.message).toBe(reason);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('gives nothing under an expired agreement, with the date it expired', async () => {
    const result = await h.run(DISPARITY, quarter, partner('old-partner'));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe('agreement WMP-DSA-OLD expired on 2023-12-31');
    const unknown = await h.run(DISPARITY, quarter, partner('nobody'));
    expect(unknown.errors?.[0]?.message).toBe('partner "nobody" has no data-sharing agreement');
  });

  it('shows the public only published figures, perturbed, withheld below 10', async () => {
    const unpublished = await h.ok(DISPARITY, quarter, PUBLIC);
    expect(unpublished.disparity.rows).toEqual([]);
    const published = await h.ok(DISPARITY, { ...quarter, dataset: 'use-of-force' }, PUBLIC);
    const d = published.disparity;
    expect(d).toMatchObject({ suppressionApplied: true, countsPerturbed: true, suppressionThreshold: 10, agreementReference: null });
    const cell = { dataset: 'use-of-force', view: 'published', firstDay: '2024-01-01', lastDay: '2024-03-31' };
    for (const [category, count] of [['WHITE', 50], ['BLACK', 30], ['ASIAN', 3]] as const) {
      expect(rowOf(published, category).count).toBe(shownAs(publishedValue({ ...cell, category }, count)));
    }
    // Asian's 3 is never shown as 3, and the total (83) is perturbed on its own.
    expect(rowOf(published, 'ASIAN').count).not.toBe(3);
    expect(d.totals).toEqual([{ period: '2024-Q1', total: publishedValue({ ...cell, category: '*total*' }, 83), suppressed: false }]);
  });

  it('gives staff exact counts and totals, unperturbed', async () => {
    const data = await h.ok(DISPARITY, { ...quarter, groupBy: 'MONTH' }, STAFF);
    expect(data.disparity.countsPerturbed).toBe(false);
    expect(data.disparity.totals).toEqual([
      { period: '2024-01', total: 148, suppressed: false },
      { period: '2024-02', total: 148, suppressed: false },
      { period: '2024-03', total: 148, suppressed: false },
    ]);
    expect(rowOf(data, 'ASIAN', '2024-02')).toMatchObject({ count: 1, suppressed: false });
  });

  it('refuses bad arguments naming the argument', async () => {
    const result = await h.run(DISPARITY, { ...quarter, period: '2024-13' }, STAFF);
    expect(result.errors?.[0]?.message).toMatch(/^period: "2024-13" is not a period: write a month \(2024-03\), a quarter \(2024-Q1\), a calendar year \(2024\), a financial year \(2022\/23\)/);
    expect(result.errors?.[0]?.extensions?.field).toBe('period');
    const coarse = await h.run(DISPARITY, { ...quarter, groupBy: 'YEAR' }, STAFF);
    expect(coarse.errors?.[0]?.message).toBe('groupBy: calendar years do not fit whole inside 2024-Q1: group by a finer period or leave groupBy out');
  });

  it('audits every partner query, readable by admins only, and never editable', async () => {
    const before = await h.count('audit_entry');
    // Later than the harness's time and a minute apart, so the log's newest-first order is the order they were asked in.
    await h.ok(DISPARITY, quarter, partner('bcc'), fixedClock('2027-07-01T09:00:00Z'));
    await h.run(DISPARITY, { ...quarter, area: WEST_MERCIA }, partner('bcc'), fixedClock('2027-07-01T09:01:00Z'));
    expect(await h.count('audit_entry')).toBe(before + 2);
    // Staff and public queries are not partner queries.
    await h.ok(DISPARITY, quarter, STAFF);
    expect(await h.count('audit_entry')).toBe(before + 2);

    const log = await h.ok(
      `{ partnerAuditLog(partnerKey: "bcc", limit: 2) { subject partnerKey agreementReference operation request outcome reason rowsReturned askedAt } }`,
      {},
      ADMIN,
    );
    const [refusedEntry, answeredEntry] = log.partnerAuditLog;
    expect(answeredEntry).toMatchObject({
      subject: 'bcc-analyst',
      partnerKey: 'bcc',
      agreementReference: 'WMP-DSA-1',
      operation: 'disparity',
      outcome: 'answered',
      reason: null,
      rowsReturned: 4,
      askedAt: new Date('2027-07-01T09:00:00Z'),
    });
    expect(answeredEntry.request).toMatchObject({ dataset: 'stop-search', area: WEST_MIDLANDS, period: '2024-Q1', characteristic: 'RACE' });
    expect(refusedEntry).toMatchObject({ outcome: 'refused', rowsReturned: 0, agreementReference: null, askedAt: new Date('2027-07-01T09:01:00Z') });
    expect(refusedEntry.reason).toContain(`area ${WEST_MERCIA}`);

    for (const who of [STAFF, partner('bcc'), PUBLIC]) {
      const refused = await h.run(`{ partnerAuditLog { id } }`, {}, who);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // No mutation touches the audit trail.
    const mutations = Object.keys(h.schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });

  it('refuses an UPDATE or DELETE of an audit entry (database trigger)', async () => {
    const { AuditEntryEntity } = await import('../src/audit/audit-entry.entity');
    const em = h.orm.em.fork();
    const entry = await em.findOneOrFail(AuditEntryEntity, { partnerKey: 'bcc' }, { orderBy: { askedAt: 'asc' } });
    const original = entry.rowsReturned;
    entry.rowsReturned = 999;
    await expect(em.flush()).rejects.toThrow(/append-only/);
    await expect(h.orm.em.fork().nativeDelete(AuditEntryEntity, { id: entry.id })).rejects.toThrow(/append-only/);
    const again = await h.orm.em.fork().findOneOrFail(AuditEntryEntity, { id: entry.id });
    expect(again.rowsReturned).toBe(original);
  });
});
