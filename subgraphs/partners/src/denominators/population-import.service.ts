import type { EntityManager } from '@mikro-orm/postgresql';
import { BROAD_ETHNIC_GROUPS, type ProtectedCharacteristicCode } from '@edhr/schema';
import { readTable, readNumber, text, type TableFormat } from '../common/read-table';
import { refused, type ImportReport, type RowError } from '../common/row-error';
import { AREA_CODE, categoryProblem, characteristicProblem } from '../common/characteristic-categories';
import { tableName } from '../common/table-name';
import { PopulationEntity } from './population.entity';

/** A population table to import: which source and edition, for which characteristic. */
export interface PopulationImportInput {
  source: string;
  edition: string;
  characteristic: string;
  content: string;
  format?: TableFormat;
}

interface PopulationRow {
  area: string;
  category: string;
  population: number;
}

/**
 * Imports denominators from CSV (columns `area` or `geography_code`, `category` or `ethnicity`,
 * `population`): all rows or none, upserting on (source, edition, area, characteristic, category)
 * so importing the same file again changes nothing. Used by the import mutation and at start-up.
 */
export async function importPopulation(em: EntityManager, input: PopulationImportInput): Promise<ImportReport> {
  const headerErrors: RowError[] = [];
  if (!input.source.trim()) headerErrors.push({ line: 0, field: 'source', message: 'must not be empty' });
  if (!input.edition.trim()) headerErrors.push({ line: 0, field: 'edition', message: 'must not be empty' });
  const characteristicIssue = characteristicProblem(input.characteristic);
  if (characteristicIssue) headerErrors.push({ line: 0, field: 'characteristic', message: characteristicIssue });
  if (headerErrors.length) return refused(0, headerErrors);
  const characteristic = input.characteristic as ProtectedCharacteristicCode;

  const table = readTable(input.content, input.format ?? 'CSV');
  const errors = [...table.errors];
  const rows: PopulationRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const area = text(values, 'area', 'geography_code');
    const category = toCategoryCode(characteristic, text(values, 'category', 'ethnicity'));
    const populationText = text(values, 'population');
    const before = errors.length;
    if (!AREA_CODE.test(area)) errors.push({ line, field: 'area', message: `"${area}" is not an ONS geography code` });
    const problem = category ? categoryProblem(characteristic, category) : 'is empty';
    if (problem) errors.push({ line, field: 'category', message: problem });
    const population = readNumber(populationText, { integer: false });
    if (typeof population === 'string') errors.push({ line, field: 'population', message: population });
    const key = `${area}|${category}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ line, field: 'row', message: `repeats area and category of line ${first}` });
    else seen.set(key, line);
    if (errors.length === before) rows.push({ area, category, population: population as number });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 0, field: 'file', message: 'has no rows' });
  if (errors.length) return refused(table.rows.length, errors);

  const returned = await em.transactional(async (tx) => {
    const sql = `insert into ${tableName(tx, PopulationEntity)} as t
        (id, source, edition, area, characteristic, category, population, imported_at)
      select gen_random_uuid(), ?, ?, u.area, ?, u.category, u.population, now()
        from jsonb_to_recordset(cast(? as jsonb)) as u(area text, category text, population float8)
      on conflict (source, edition, area, characteristic, category)
        do update set population = excluded.population, imported_at = excluded.imported_at
        where t.population is distinct from excluded.population
      returning (xmax = 0) as inserted`;
    return tx.execute<{ inserted: boolean }[]>(sql, [
      input.source.trim(),
      input.edition.trim(),
      characteristic,
      // One JSON parameter rather than one array per column: the driver inlines array parameters as lists.
      JSON.stringify(rows),
    ]);
  });
  const inserted = returned.filter((r) => r.inserted).length;
  const updated = returned.length - inserted;
  return { accepted: true, rows: rows.length, inserted, updated, unchanged: rows.length - returned.length, errors: [] };
}

/** Census tables label ethnic groups by name ("Black"); the store keys them by code ("BLACK"). */
function toCategoryCode(characteristic: ProtectedCharacteristicCode, raw: string): string {
  if (characteristic === 'RACE') {
    const broad = BROAD_ETHNIC_GROUPS.find((g) => g.label.toLowerCase() === raw.toLowerCase() || g.onsLabel === raw);
    if (broad) return broad.code;
  }
  return raw;
}
