import { z } from 'zod';
import { commonShape, existingDevelopmentSecret, parseEnv, peerUrlsFromEnv, type PartnersTarget } from '@edhr/kit';
import type { PublishGranularity } from './months';

/** The organisations whose records this subgraph may publish, and the ONS area each is counted in. */
export const DEFAULT_ORGANISATION_AREAS = 'west-midlands-police=E23000014,west-mercia-police=E23000016';

const ORGANISATION_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** The form partners accepts: a country letter and eight digits. */
const AREA_CODE = /^[EWSNK]\d{8}$/;

const shape = {
  ORGANISATION_AREAS: z
    .string()
    .default(DEFAULT_ORGANISATION_AREAS)
    .transform((value, ctx) => {
      const areas = new Map<string, string>();
      for (const entry of value.split(',').map((e) => e.trim()).filter(Boolean)) {
        const [key, area, ...rest] = entry.split('=').map((s) => s.trim());
        if (!key || !area || rest.length > 0 || !ORGANISATION_KEY.test(key) || !AREA_CODE.test(area)) {
          ctx.addIssue({ code: 'custom', message: `"${entry}" is not organisation-key=ONS-area-code` });
          return z.NEVER;
        }
        if (areas.has(key)) {
          ctx.addIssue({ code: 'custom', message: `"${key}" is given twice` });
          return z.NEVER;
        }
        areas.set(key, area);
      }
      return areas;
    })
    .describe('comma-separated organisation-key=ONS-area-code pairs, e.g. west-midlands-police=E23000014,west-mercia-police=E23000016'),
  STOP_SEARCH_PUBLISH_PERIODS: z
    .enum(['MONTH', 'QUARTER', 'MONTH,QUARTER'])
    .default('MONTH')
    .transform((value) => value.split(',') as PublishGranularity[])
    .describe('MONTH, QUARTER or MONTH,QUARTER: the period sizes published to partners'),
};

/** What publishing needs besides the records: the area mapping, the period sizes and where partners is. */
export interface PublishingSettings {
  areas: ReadonlyMap<string, string>;
  granularities: readonly PublishGranularity[];
  /** Null when this process has no secret to sign a service token with (e.g. a schema built in a test). */
  partners: PartnersTarget | null;
}

/** ORGANISATION_AREAS and STOP_SEARCH_PUBLISH_PERIODS; a bad value fails naming the variable. */
export function publishingConfigFromEnv(env: Record<string, string | undefined> = process.env) {
  const parsed = parseEnv(shape, env);
  return { areas: parsed.ORGANISATION_AREAS, granularities: parsed.STOP_SEARCH_PUBLISH_PERIODS };
}

/**
 * For the import command, which is not started by the kit: PARTNERS_URL and INTERNAL_TOKEN_SECRET
 * (the secret the partners subgraph verifies tokens with) from the environment.
 */
export function partnersTargetFromEnv(env: Record<string, string | undefined> = process.env): PartnersTarget | null {
  const parsed = parseEnv({ INTERNAL_TOKEN_SECRET: commonShape.INTERNAL_TOKEN_SECRET, NODE_ENV: commonShape.NODE_ENV }, env);
  // Beside a local `npm start`, its development secret in .data/ is the one partners runs with.
  const secret =
    parsed.INTERNAL_TOKEN_SECRET ?? (parsed.NODE_ENV === 'production' ? undefined : existingDevelopmentSecret('internal-token-secret'));
  if (!secret) return null;
  return { url: peerUrlsFromEnv(env).partners, secret };
}

// The subgraph's resolvers are built by type-graphql without a container and the kit's request
// context carries no room for it, so the running process's publishing settings are kept here.
// `beforeServe` sets them from the kit's start context (its token secret and peer URLs).
let current: PublishingSettings | undefined;

/** Sets the publishing settings of this process (beforeServe; tests inject a fake partners here). */
export function configurePublishing(settings: PublishingSettings): void {
  current = settings;
}

/** This process's publishing settings; unconfigured, it reads the environment and has no partners target. */
export function publishingSettings(): PublishingSettings {
  return current ?? { ...publishingConfigFromEnv(), partners: null };
}
