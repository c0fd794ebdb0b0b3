import { readFile } from 'node:fs/promises';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@edhr/kit';
import { importPopulation } from './population-import.service';

/** The denominator used when a disparity query names none. */
export const DEFAULT_DENOMINATOR = {
  source: 'ONS Census 2021 TS021 (police force areas)',
  edition: '2021',
} as const;

export const DEFAULT_FILE = new URL('./data/census2021-pfa-population-5-ethnic-groups.csv', import.meta.url);

/**
 * Imports the shipped Census 2021 population by police force area and broad ethnic group.
 * Idempotent: a second start changes nothing.
 */
export async function loadDefaultDenominator(orm: MikroORM, logger?: Logger): Promise<void> {
  const content = await readFile(DEFAULT_FILE, 'utf8');
  const report = await importPopulation(orm.em.fork(), {
    ...DEFAULT_DENOMINATOR,
    characteristic: 'RACE',
    content,
  });
  if (!report.accepted) {
    throw new Error(`the shipped denominator file was refused: ${JSON.stringify(report.errors.slice(0, 5))}`);
  }
  logger?.info({ ...DEFAULT_DENOMINATOR, inserted: report.inserted, updated: report.updated }, 'default denominator loaded');
}
