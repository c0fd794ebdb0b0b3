import { ConfigError, type PartnersTarget } from '@edhr/kit';

/** The organisations whose workforce figures this subgraph may publish, and the ONS area each is counted in. */
export const DEFAULT_ORGANISATION_AREAS = 'west-midlands-police=E23000014,west-mercia-police=E23000016';

const ORGANISATION_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** The form partners accepts: a country letter and eight digits. */
const AREA_CODE = /^[EWSNK]\d{8}$/;

/**
 * Reads ORGANISATION_AREAS: comma-separated `organisation-key=ONS-area-code` pairs. The same
 * variable, with the same rules, as service-delivery reads, so one setting places both
 * subgraphs' figures; parsed here because subgraphs do not import one another.
 */
export function parseOrganisationAreas(value: string | undefined): ReadonlyMap<string, string> {
  const text = value === undefined || value.trim() === '' ? DEFAULT_ORGANISATION_AREAS : value;
  const areas = new Map<string, string>();
  const problems: string[] = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [key, area, ...rest] = entry.split('=').map((s) => s.trim());
    if (!key || !area || rest.length > 0 || !ORGANISATION_KEY.test(key) || !AREA_CODE.test(area)) {
      problems.push(`"${entry}" is not organisation-key=ONS-area-code`);
    } else if (areas.has(key)) {
      problems.push(`"${key}" is given twice`);
    } else {
      areas.set(key, area);
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(
      problems.map(
        (p) =>
          `ORGANISATION_AREAS=${JSON.stringify(value)} is invalid: ${p} (expected comma-separated organisation-key=ONS-area-code pairs, e.g. west-midlands-police=E23000014,west-mercia-police=E23000016)`,
      ),
    );
  }
  return areas;
}

/** What publishing needs besides the data: the area of each organisation and where partners is. */
export interface PublishingSettings {
  areas: ReadonlyMap<string, string>;
  /** Null when this process has no secret to sign a service token with (e.g. a schema built in a test). */
  partners: PartnersTarget | null;
}

/** ORGANISATION_AREAS from the environment; a bad value fails naming the variable. */
export function publishingConfigFromEnv(env: Record<string, string | undefined> = process.env): { areas: ReadonlyMap<string, string> } {
  return { areas: parseOrganisationAreas(env.ORGANISATION_AREAS) };
}

// type-graphql builds the resolvers without a container and the kit's request context has no
// room for settings, so the running process's publishing settings are kept here; `beforeServe`
// sets them from the kit's start context (its token secret and peer URLs).
let current: PublishingSettings | undefined;

/** Sets this process's publishing settings (beforeServe; tests inject a fake partners here). */
export function configurePublishing(settings: PublishingSettings): void {
  current = settings;
}

/** This process's publishing settings; unconfigured, it reads the environment and has no partners target. */
export function publishingSettings(): PublishingSettings {
  return current ?? { ...publishingConfigFromEnv(), partners: null };
}
