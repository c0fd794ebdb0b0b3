import { z } from 'zod';
import { parseEnv } from './env';

/** The organisations whose figures may be published to partners, and the ONS area each is counted in. */
export type OrganisationAreas = ReadonlyMap<string, string>;

export const DEFAULT_ORGANISATION_AREAS = 'west-midlands-police=E23000014,west-mercia-police=E23000016';

const ORGANISATION_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** The form partners accepts: a country letter and eight digits. */
const AREA_CODE = /^[EWSNK]\d{8}$/;

/** `organisation-key=ONS-area-code` pairs, comma-separated; every bad entry is reported, by itself. */
export const organisationAreasVar = () =>
  z
    .string()
    .default(DEFAULT_ORGANISATION_AREAS)
    .transform((value, ctx): OrganisationAreas => {
      const areas = new Map<string, string>();
      for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
        const [key, area, ...rest] = entry.split('=').map((s) => s.trim());
        if (!key || !area || rest.length > 0 || !ORGANISATION_KEY.test(key) || !AREA_CODE.test(area)) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not organisation-key=ONS-area-code` });
        } else if (areas.has(key)) {
          ctx.addIssue({ code: 'custom', message: `"${key}" is given twice` });
        } else {
          areas.set(key, area);
        }
      }
      return areas;
    })
    .describe(`comma-separated organisation-key=ONS-area-code pairs, e.g. ${DEFAULT_ORGANISATION_AREAS}`);

const shape = {
  ORGANISATION_AREAS: organisationAreasVar(),
};

/**
 * `ORGANISATION_AREAS`: one setting placing every publishing subgraph's figures. Unset, the two
 * West Midlands forces; a bad entry throws a `ConfigError` naming the variable and the entry.
 */
export function organisationAreasFromEnv(env: Record<string, string | undefined> = process.env): OrganisationAreas {
  return parseEnv(shape, env).ORGANISATION_AREAS;
}
