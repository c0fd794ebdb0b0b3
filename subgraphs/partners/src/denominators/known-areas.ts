import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_FILE } from './default-denominator';
import { PopulationEntity } from './population.entity';
import { AREA_CODE, AREA_FORM } from '../common/characteristic-categories';

let shipped: ReadonlySet<string> | null = null;

/** The police force areas of the shipped Census 2021 denominator (read once). */
export function shippedAreas(): ReadonlySet<string> {
  if (!shipped) {
    const lines = readFileSync(DEFAULT_FILE, 'utf8').split(/\r?\n/).slice(1);
    shipped = new Set(lines.map((l) => l.split(',')[0]!.trim()).filter((code) => AREA_CODE.test(code)));
  }
  return shipped;
}

/**
 * Why `area` is not an area figures can be kept or asked for, or null when it is one: it must be
 * written as an ONS code and be known — a police force area of the shipped Census 2021
 * denominator, or an area of an imported denominator. An unknown code is refused rather than
 * answered with nothing.
 */
export async function areaProblem(em: EntityManager, area: string): Promise<string | null> {
  if (!AREA_CODE.test(area)) return `"${area}" is not ${AREA_FORM}`;
  if (shippedAreas().has(area)) return null;
  const imported = await em.count(PopulationEntity, { area });
  if (imported > 0) return null;
  return `"${area}" is not a known area: write ${AREA_FORM}, one of the police force areas of England and Wales or an area of an imported denominator`;
}

/** The areas among `areas` that are not known, each with its reason. */
export async function unknownAreas(em: EntityManager, areas: Iterable<string>): Promise<Map<string, string>> {
  const problems = new Map<string, string>();
  const candidates = [...new Set(areas)].filter((a) => !shippedAreas().has(a));
  const wellFormed = candidates.filter((a) => AREA_CODE.test(a));
  const imported = wellFormed.length
    ? new Set((await em.find(PopulationEntity, { area: { $in: wellFormed } }, { fields: ['area'] })).map((p) => p.area))
    : new Set<string>();
  for (const area of candidates) {
    if (!AREA_CODE.test(area)) problems.set(area, `"${area}" is not ${AREA_FORM}`);
    else if (!imported.has(area)) {
      problems.set(area, `"${area}" is not a known area: write ${AREA_FORM}, one of the police force areas of England and Wales or an area of an imported denominator`);
    }
  }
  return problems;
}
