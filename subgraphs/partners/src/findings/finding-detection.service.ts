import type { EntityManager } from '@mikro-orm/postgresql';
import { tableName } from '../common/table-name';
import { computeDisparity } from '../disparity/disparity.service';
import type { DisparityQuery } from '../disparity/disparity-query';
import { FindingEntity, type Finding } from './finding.entity';
import { isFinding } from './finding-rule';

/** What one detection run did, and the findings held for the table afterwards. */
export interface DetectionReport {
  created: number;
  updated: number;
  unchanged: number;
  findings: Finding[];
}

interface Candidate {
  category: string;
  ratio: number;
  lower: number;
  upper: number;
  standard_error: number;
  count: number;
  population: number;
  reference_count: number;
  reference_population: number;
  qualifies: boolean;
}

/**
 * Runs the disparity computation unsuppressed (small numbers are exactly where disparity hides)
 * for one period as a whole, and upserts a finding for every category whose ratio is significant
 * and beyond `threshold` or its inverse. Categories already holding a finding get their latest
 * figures recorded whatever they show now; their status is left alone. Figures that did not
 * change write nothing, so running twice creates and changes nothing. Detection and figure times are `now`.
 */
export async function detectFindings(
  em: EntityManager,
  query: DisparityQuery,
  threshold: number,
  subject: string,
  now: Date,
): Promise<DetectionReport> {
  const result = await computeDisparity(em, { ...query, groupBy: null }, { kind: 'unsuppressed' });
  const referenceRow = result.rows.find((r) => r.isReference);
  const candidates: Candidate[] = [];
  for (const row of result.rows) {
    const { ratio } = row;
    // A computable ratio implies counts and both denominators were there.
    if (!ratio.computable || !referenceRow || row.count === null || row.denominator === null) continue;
    candidates.push({
      category: row.category,
      ratio: ratio.value!,
      lower: ratio.lower!,
      upper: ratio.upper!,
      standard_error: ratio.standardError!,
      count: row.count,
      population: row.denominator,
      reference_count: referenceRow.count!,
      reference_population: referenceRow.denominator!,
      qualifies: isFinding({ value: ratio.value!, significant: ratio.significant! }, threshold),
    });
  }
  const key = {
    dataset: query.dataset,
    characteristic: query.characteristic,
    reference: query.reference,
    area: query.area,
    period: query.period.code,
  };
  let created = 0;
  let updated = 0;
  if (candidates.length > 0) {
    const table = tableName(em, FindingEntity);
    // One statement: existing findings take the latest figures when they differ (whatever they
    // show), qualifying categories without one are inserted. Both parts see the same snapshot, so
    // a row is never both; a concurrent run inserting the same finding first makes ours do nothing.
    const sql = `with u as (
        select * from jsonb_to_recordset(cast(? as jsonb)) as u(category text, ratio float8, lower float8, upper float8,
          standard_error float8, count int, population float8, reference_count int, reference_population float8, qualifies boolean)
      ), changed as (
        update ${table} as t set ratio = u.ratio, lower = u.lower, upper = u.upper, standard_error = u.standard_error,
            count = u.count, population = u.population, reference_count = u.reference_count,
            reference_population = u.reference_population, still_qualifies = u.qualifies, source = ?,
            denominator_source = ?, denominator_edition = ?, figures_at = ?, version = t.version + 1,
            updated_at = ?, updated_by = ?
          from u
         where t.dataset = ? and t.characteristic = ? and t.reference = ? and t.area = ? and t.period = ? and t.category = u.category
           and (t.ratio, t.lower, t.upper, t.standard_error, t.count, t.population, t.reference_count, t.reference_population,
                t.still_qualifies, t.source, t.denominator_source, t.denominator_edition)
               is distinct from
               (u.ratio, u.lower, u.upper, u.standard_error, u.count, u.population, u.reference_count, u.reference_population,
                u.qualifies, ?, ?, ?)
        returning t.id
      ), added as (
        insert into ${table} (id, dataset, characteristic, category, reference, area, period, source, ratio, lower, upper,
            standard_error, count, population, reference_count, reference_population, denominator_source, denominator_edition,
            still_qualifies, status, detected_at, detected_by, figures_at, version, updated_at, updated_by)
        select gen_random_uuid(), ?, ?, u.category, ?, ?, ?, ?, u.ratio, u.lower, u.upper, u.standard_error, u.count,
               u.population, u.reference_count, u.reference_population, ?, ?, true, 'OPEN', ?, ?, ?, 1, ?, ?
          from u where u.qualifies
        on conflict (dataset, characteristic, category, reference, area, period) do nothing
        returning id
      )
      select (select count(*) from added) as created, (select count(*) from changed) as updated`;
    const source = result.sources[0] ?? '';
    const { source: denominatorSource, edition } = query.denominator;
    const [counts] = await em.execute<{ created: string; updated: string }[]>(sql, [
      JSON.stringify(candidates),
      source, denominatorSource, edition, now, now, subject,
      key.dataset, key.characteristic, key.reference, key.area, key.period,
      source, denominatorSource, edition,
      key.dataset, key.characteristic, key.reference, key.area, key.period, source, denominatorSource, edition, now, subject, now, now, subject,
    ]);
    created = Number(counts?.created ?? 0);
    updated = Number(counts?.updated ?? 0);
  }
  const findings = await em.fork().find(FindingEntity, key, { orderBy: { category: 'asc' } });
  return { created, updated, unchanged: findings.length - created - updated, findings };
}
