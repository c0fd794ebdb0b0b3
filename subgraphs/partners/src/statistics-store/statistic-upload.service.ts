import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProtectedCharacteristicCode } from '@edhr/schema';
import { readTable, readNumber, text, type TableFormat } from '../common/read-table';
import { refused, type ImportReport, type RowError } from '../common/row-error';
import { categoryProblem, characteristicProblem } from '../common/characteristic-categories';
import { unknownAreas } from '../denominators/known-areas';
import { tableName } from '../common/table-name';
import { parsePeriod, periodProblem, type Period } from '../periods/period';
import { StatisticEntity } from './statistic.entity';

/** Who is writing and what they may set. */
export interface UploadAuthor {
  /** Stored as the figures' source: a service subject or `partner:<key>`. */
  source: string;
  subject: string;
  /** Partners may not mark figures for the public. */
  mayPublish: boolean;
  /**
   * What a partner may upload for: the datasets and areas its live agreements name, as
   * `dataset|area` pairs. Null for the force's own publishers, who are not limited.
   */
  allowed: ReadonlySet<string> | null;
}

interface StatisticRow {
  dataset: string;
  period: Period;
  area: string;
  characteristic: string;
  category: string;
  count: number;
  denominator: number | null;
  published: boolean;
}

const DATASET = /^[a-z0-9][a-z0-9-]{0,79}$/;

/**
 * Stores aggregates from CSV or JSON (columns dataset, period, area, characteristic, category,
 * count, optional denominator and published). Every row is checked first; with any error nothing
 * is written and each error names its line and field. Rows are upserted on their natural key, so
 * the same upload twice leaves the store as it was.
 */
export async function uploadStatistics(
  em: EntityManager,
  content: string,
  format: TableFormat,
  author: UploadAuthor,
): Promise<ImportReport> {
  const table = readTable(content, format);
  const errors: RowError[] = [...table.errors];
  const areaProblems = await unknownAreas(em, table.rows.map(({ values }) => text(values, 'area')));
  const rows: StatisticRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const rowErrors: RowError[] = [];
    const fail = (field: string, message: string) => rowErrors.push({ line, field, message });
    const dataset = text(values, 'dataset');
    if (!DATASET.test(dataset)) fail('dataset', `"${dataset}" must be lower-case letters, digits and hyphens`);
    const periodText = text(values, 'period');
    const period = parsePeriod(periodText);
    if (!period) fail('period', periodProblem(periodText)!);
    const area = text(values, 'area');
    const areaIssue = areaProblems.get(area);
    if (areaIssue) fail('area', areaIssue);
    else if (author.allowed && DATASET.test(dataset) && !author.allowed.has(`${dataset}|${area}`)) {
      fail('row', `no live agreement of ${author.source} names dataset ${dataset} and area ${area}: a partner uploads only for the datasets and areas its agreement names`);
    }
    const characteristic = text(values, 'characteristic').toUpperCase();
    const characteristicIssue = characteristicProblem(characteristic);
    const category = text(values, 'category').toUpperCase();
    if (characteristicIssue) fail('characteristic', characteristicIssue);
    else {
      const issue = category ? categoryProblem(characteristic as ProtectedCharacteristicCode, category) : 'is empty';
      if (issue) fail('category', issue);
    }
    const count = readNumber(text(values, 'count'), { integer: true });
    if (typeof count === 'string') fail('count', text(values, 'count') ? count : 'is empty');
    const denominatorText = text(values, 'denominator');
    const denominator = denominatorText ? readNumber(denominatorText, { integer: false }) : null;
    if (typeof denominator === 'string') fail('denominator', denominator);
    const publishedText = text(values, 'published').toLowerCase();
    if (publishedText && !['true', 'false', 'yes', 'no', '1', '0'].includes(publishedText)) {
      fail('published', `"${publishedText}" is not true or false`);
    }
    const published = ['true', 'yes', '1'].includes(publishedText);
    if (published && !author.mayPublish) fail('published', 'partners cannot publish figures to the public');
    const key = [dataset, period?.code, area, characteristic, category].join('|');
    const first = seen.get(key);
    if (first !== undefined) fail('row', `repeats dataset, period, area, characteristic and category of line ${first}`);
    else seen.set(key, line);
    if (rowErrors.length) errors.push(...rowErrors);
    else {
      rows.push({
        dataset,
        period: period!,
        area,
        characteristic,
        category,
        count: count as number,
        denominator: denominator as number | null,
        published,
      });
    }
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 0, field: 'file', message: 'has no rows' });
  if (errors.length) return refused(table.rows.length, errors);

  const returned = await em.transactional(async (tx) => {
    const sql = `insert into ${tableName(tx, StatisticEntity)} as t
        (id, dataset, period, period_granularity, period_start, period_end, area, characteristic, category,
         count, denominator, source, published, uploaded_by, created_at, updated_at)
      select gen_random_uuid(), u.dataset, u.period, u.granularity, u.period_start, u.period_end, u.area,
             u.characteristic, u.category, u.count, u.denominator, ?, u.published, ?, now(), now()
        from jsonb_to_recordset(cast(? as jsonb))
          as u(dataset text, period text, granularity text, period_start int, period_end int, area text,
               characteristic text, category text, count int, denominator float8, published boolean)
      on conflict (dataset, period, area, characteristic, category, source)
        do update set count = excluded.count, denominator = excluded.denominator, published = excluded.published,
                      uploaded_by = excluded.uploaded_by, updated_at = excluded.updated_at
        where (t.count, t.denominator, t.published) is distinct from (excluded.count, excluded.denominator, excluded.published)
      returning (xmax = 0) as inserted`;
    return tx.execute<{ inserted: boolean }[]>(sql, [
      author.source,
      author.subject,
      // One JSON parameter rather than one array per column: the driver inlines array parameters as lists.
      JSON.stringify(
        rows.map((r) => ({
          dataset: r.dataset,
          period: r.period.code,
          granularity: r.period.kind,
          period_start: r.period.start,
          period_end: r.period.end,
          area: r.area,
          characteristic: r.characteristic,
          category: r.category,
          count: r.count,
          denominator: r.denominator,
          published: r.published,
        })),
      ),
    ]);
  });
  const inserted = returned.filter((r) => r.inserted).length;
  return {
    accepted: true,
    rows: rows.length,
    inserted,
    updated: returned.length - inserted,
    unchanged: rows.length - returned.length,
    errors: [],
  };
}
