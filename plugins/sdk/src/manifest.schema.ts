import { z } from 'zod';
import { PROTECTED_CHARACTERISTIC_CODES } from '@edhr/schema';
import { strictObject } from './strict-object';

/**
 * The one schema every theme plugin is validated with, whether it arrives as a TypeScript
 * module named in configuration or as a JSON manifest registered through the API.
 * Items are identified by keys that are unique within the plugin, never by database ids.
 * Every object is strict: a key it does not declare is refused, naming the nearest one it does.
 */

/** Version of the plugin contract this SDK implements; plugins may declare a range they need. */
export const PLUGIN_API_VERSION = '1.0.0';

const key = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'must start with a letter or digit and use only letters, digits, . _ : -');
const text = (max = 4000) => z.string().trim().min(1, 'must not be empty').max(max);
const semver = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semantic version such as 1.0.0');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const domains = ['service-delivery', 'people-culture', 'organisational-processes', 'partners'] as const;
/** The nine protected characteristics of the Equality Act 2010, as `@edhr/schema` defines them. */
export const characteristicCodes = PROTECTED_CHARACTERISTIC_CODES;

/** Who owns something, as the source writes it: one cell may name several people or roles. */
const owners = z.array(text(300)).max(30).default([]);

const sourceRef = strictObject({
  /** Where in the source document this item is, e.g. "Strategic Themes, p.6". */
  location: text(300).optional(),
  /** The words of the source, where the item condenses them. */
  quote: text(8000).optional(),
});

export const measurementSchema = strictObject({
  /** A period written as YYYY, YYYY-Qn, YYYY-MM or a financial year YYYY/YY. */
  period: z
    .string()
    .regex(/^(\d{4}|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}\/\d{2})$/, 'must be YYYY, YYYY-Qn, YYYY-MM or YYYY/YY'),
  value: z.number().finite(),
  /** Where the figure comes from, e.g. the document and page. */
  source: text(500),
  note: text(2000).optional(),
});

export const kpiSchema = strictObject({
  key,
  name: text(300),
  description: text(2000).optional(),
  unit: z.enum(['percent', 'count', 'ratio', 'rate_per_1000', 'score', 'days', 'currency_gbp']),
  /** Which way is better. */
  direction: z.enum(['up', 'down']),
  /** Key of the objective (in this plugin or, qualified as `pluginId:key`, a dependency) it measures. */
  objective: z.string().min(1).max(160).optional(),
  owners,
  baseline: strictObject({ value: z.number().finite(), period: measurementSchema.shape.period }).optional(),
  target: strictObject({ value: z.number().finite(), date: isoDate.optional() }).optional(),
  /** How often a new value is due; a KPI whose latest value is older is shown as stale. */
  frequency: z.enum(['monthly', 'quarterly', 'annually', 'biennially']).default('annually'),
  /** RAG: green on or beyond target; amber within this fraction of the target; red otherwise. */
  amberTolerance: z.number().min(0).max(1).default(0.1),
  measuredBy: z
    .discriminatedUnion('kind', [
      strictObject({ kind: z.literal('manual') }),
      strictObject({
        kind: z.literal('query'),
        /** A GraphQL operation against the federated graph's public contract. */
        query: text(8000),
        variables: z.record(z.string(), z.unknown()).default({}),
        /** Dot path into `data` that yields the number, e.g. `disparity.rows.0.ratio`. */
        selector: text(300),
      }),
    ])
    .default({ kind: 'manual' }),
  /** `stated` when the source document states it; `proposed` when implied by its aims. */
  status: z.enum(['stated', 'proposed']).default('stated'),
  characteristics: z.array(z.enum(characteristicCodes)).default([]),
  /** Figures the source itself reports, recorded as measurements with their source. */
  measurements: z.array(measurementSchema).max(500).default([]),
});

export const objectiveSchema = strictObject({
  key,
  /** The code exactly as the source writes it, e.g. "2.3"; absent when the source has none. */
  code: z.string().max(40).optional(),
  kind: z.enum([
    'key-action',
    'equality-objective',
    'goal',
    'area',
    'commitment',
    'plan-objective',
    'learning-module',
  ]),
  title: text(300).optional(),
  statement: text(8000),
  /** Key of a parent objective in the same plugin (e.g. a commitment under an area). */
  parent: key.optional(),
  owners,
  characteristics: z.array(z.enum(characteristicCodes)).default([]),
  /** Free-form facets the source gives (e.g. focus areas, qualitative outcomes, accountability by year). */
  details: z.array(strictObject({ label: text(200), items: z.array(text(4000)).min(1) })).default([]),
  source: sourceRef.optional(),
});

/** Delivery-action statuses, as plugins write them; `recordProgress` records the first six after not-started. */
export const deliveryStatuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'ongoing', 'in-progress', 'unknown'] as const;

export const progressUpdateSchema = strictObject({
  text: text(8000),
  /** When the update was written, if the source says. */
  date: isoDate.optional(),
});

export const deliveryActionSchema = strictObject({
  key,
  /** The key-action reference exactly as written, e.g. "3.6"; it may not resolve, which is reported. */
  reference: z.string().min(1).max(40),
  /** Key of the objective the reference is meant to resolve to, when the plugin knows better than the text. */
  objective: z.string().min(1).max(160).optional(),
  /**
   * `false` when the written reference is known not to mean the objective that has that code,
   * so registration must not link by code and reports the reference as unresolved instead.
   */
  linkByCode: z.boolean().default(true),
  title: text(300).optional(),
  actions: z.array(text(4000)).min(1),
  /** The protected characteristics in scope, as written ("All", "Disability"). */
  characteristicsAsWritten: text(300),
  characteristics: z.array(z.enum(characteristicCodes)).default([]),
  owners,
  /** The cell as written, when it names several owners in one string. */
  ownersAsWritten: text(1000).optional(),
  /** Due date exactly as written: "Ongoing", "Policy Portal - Oct 2012", "1/12/2012" (day/month). */
  dueAsWritten: text(300).optional(),
  /** The status the source states ("Ongoing" → ongoing); unknown where it states none. */
  status: z.enum(deliveryStatuses).default('unknown'),
  progress: z.array(progressUpdateSchema).default([]),
  risks: z.array(text(4000)).default([]),
  /** Staff-survey action numbers as written in the linking column, e.g. ["6", "15", "19"]. */
  staffSurveyActions: z.array(z.string().regex(/^\d+$/, 'must be an action number')).default([]),
});

export const staffSurveyActionSchema = strictObject({
  /** The action number as written. */
  number: z.string().regex(/^\d+$/, 'must be an action number'),
  issue: text(8000),
  /** Key-action references as written, e.g. ["3.1", "3.3"] or ["ALL"]. */
  keyActions: z.array(z.string().min(1).max(20)).default([]),
  contact: text(300).optional(),
  localOwner: text(300).optional(),
  currentPosition: text(8000).optional(),
  risks: text(8000).optional(),
  recommendations: text(8000).optional(),
  furtherUpdates: text(8000).optional(),
  outcome: text(8000).optional(),
});

export const themeSchema = strictObject({
  key,
  name: text(300),
  /** Which part of the federation the theme belongs to. */
  domain: z.enum(domains),
  /** Position in the strategy, as written (e.g. "1"). */
  code: z.string().max(20).optional(),
  aims: z.array(text(8000)).default([]),
  /** The named lead, as written. */
  lead: text(300).optional(),
  objectives: z.array(objectiveSchema).max(500).default([]),
  kpis: z.array(kpiSchema).max(500).default([]),
  actions: z.array(deliveryActionSchema).max(1000).default([]),
});

export const governanceBodySchema = strictObject({
  key,
  name: text(300),
  kind: z.enum(['board', 'forum', 'staff-network', 'champion-role', 'lead-role', 'group']),
  description: text(8000).optional(),
  chair: text(300).optional(),
  /** Key of the body this one reports to. */
  reportsTo: key.optional(),
});

/**
 * One person or role the plugin's cells name, with every written form that means them: owner
 * entries, staff-survey contacts and local owners, and theme leads matching any of these forms
 * (compared trimmed, single-spaced and case-folded) are one owner. The forms stay as written.
 */
export const ownerSchema = z.object({
  key,
  /** How the owner is shown, e.g. "Supt Johnson". */
  name: text(300),
  /** Every form the sources write for this person or role, e.g. "Supt Johnson - SCI"; the name is one already. */
  writtenAs: z.array(text(300)).max(50).default([]),
});
/** An item of this plugin (its key) or, qualified as `pluginId:key`, of a dependency. */
const itemReference = z.string().min(1).max(160);

export const eqiaKinds = ['policy', 'function', 'project', 'operation'] as const;
export const eqiaImpacts = ['positive', 'neutral', 'negative', 'unknown'] as const;
export const eqiaDecisions = ['no-change', 'adjust', 'continue', 'stop'] as const;

/**
 * An equality impact assessment the source names, as written. Characteristics it gives no impact
 * for are unknown, never neutral. Strict: a misspelt field is an error, not silently dropped.
 */
export const eqiaSchema = z
  .object({
    key,
    title: text(300),
    kind: z.enum(eqiaKinds),
    owner: text(300).optional(),
    /** `planned` until the assessment is done. */
    stage: z.enum(['planned', 'completed']),
    completedOn: isoDate.optional(),
    /** When it is due, exactly as written (e.g. "EQIA re Front Offices will be completed - 18/01/2012"). */
    dueAsWritten: text(300).optional(),
    /** The due date, only where the source names one unambiguously. */
    dueDate: isoDate.optional(),
    impacts: z
      .array(z.object({ characteristic: z.enum(characteristicCodes), impact: z.enum(eqiaImpacts), evidence: text(4000).optional() }).strict())
      .max(9)
      .default([]),
    consultation: text(4000).optional(),
    decision: z.enum(eqiaDecisions).optional(),
    justification: text(4000).optional(),
    /** Delivery actions that carry its mitigations. */
    mitigations: z.array(itemReference).max(50).default([]),
    reviewDue: isoDate.optional(),
    /** Objectives it serves, e.g. the strategy's "improve our approach to conducting equality impact assessments". */
    objectives: z.array(itemReference).max(50).default([]),
    source: sourceRef.strict().optional(),
  })
  .strict();

export const engagementGroupKinds = [
  'reference-group',
  'key-individual-network',
  'independent-advisory-group',
  'staff-network',
  'community',
] as const;

/** Consultation or engagement the source records as held, as written; strict like `eqiaSchema`. */
export const engagementSchema = z
  .object({
    key,
    /** The day it was held, only where the source names it. */
    heldOn: isoDate.optional(),
    /** When it was held, as the source puts it, e.g. "by the plan's progress update". */
    heldAsWritten: text(300).optional(),
    groupKind: z.enum(engagementGroupKinds),
    groupName: text(300),
    topic: text(2000),
    characteristics: z.array(z.enum(characteristicCodes)).default([]),
    outcome: text(8000).optional(),
    objectives: z.array(itemReference).max(50).default([]),
    /** Keys of this plugin's EQIAs it informed. */
    eqias: z.array(key).max(50).default([]),
    source: sourceRef.strict().optional(),
  })
  .strict();

export const pluginManifestSchema = strictObject({
  id: z
    .string()
    .min(3)
    .max(64)
    .regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, starting with a letter'),
  version: semver,
  name: text(200),
  description: text(2000).optional(),
  /** Semver range of the plugin API this plugin needs, e.g. "^1.0.0". */
  pluginApi: z.string().max(50).default('^1.0.0'),
  /**
   * The id of the registered plugin this manifest knowingly takes over although it defines other
   * content (another strategy or organisation); it must be this manifest's own `id`, and an admin
   * must confirm the takeover when registering it.
   */
  replaces: z.string().min(3).max(64).optional(),
  /** Plugins that must be registered first, with the version range needed. */
  dependsOn: z.array(strictObject({ id: z.string().min(3).max(64), version: z.string().max(50).default('*') })).default([]),
  /** The document the content comes from. */
  source: strictObject({
    title: text(300),
    publisher: text(300),
    published: z.string().max(40).optional(),
    url: z.string().url().optional(),
  }),
  organisation: strictObject({
    key,
    name: text(300),
    kind: z.enum(['police-force', 'police-and-crime-commissioner', 'partner-agency']),
    /** ONS geography code of its area, e.g. E23000014 for West Midlands. */
    areaCode: z.string().regex(/^[EWSN]\d{8}$/, 'must be an ONS geography code such as E23000014').optional(),
  }),
  /** The strategy this plugin defines, or (with only `key` and `extends`) adds to. */
  strategy: strictObject({
    key,
    /** Id of the plugin that defines the strategy, when this plugin adds to it. */
    extends: z.string().min(3).max(64).optional(),
    title: text(300).optional(),
    periodFrom: isoDate.optional(),
    periodTo: isoDate.optional(),
    vision: text(4000).optional(),
    values: z.array(strictObject({ name: text(200), description: text(4000).optional() })).default([]),
    /** How often the strategy's objectives are reviewed, as written. */
    reviewCycle: text(300).optional(),
    introduction: z.array(text(8000)).default([]),
    /** Strategy-level objectives not tied to one theme (e.g. equality objectives). */
    objectives: z.array(objectiveSchema).max(500).default([]),
    kpis: z.array(kpiSchema).max(500).default([]),
  }),
  themes: z.array(themeSchema).max(50).default([]),
  /**
   * Delivery-plan rows not filed under one of this plugin's themes, typically in a plugin that
   * extends another's strategy; each `reference` is resolved against that strategy's objective codes.
   */
  actions: z.array(deliveryActionSchema).max(1000).default([]),
  governance: z.array(governanceBodySchema).max(200).default([]),
  /** People and roles the plugin names, each with the written forms that mean them (see `ownerSchema`). */
  owners: z.array(ownerSchema).max(500).default([]),
  /** The staff-survey delivery plan; held by people-culture. */
  staffSurveyActions: z.array(staffSurveyActionSchema).max(500).default([]),
  /** Legal duties the source restates (e.g. the public sector equality duty). */
  duties: z
    .array(strictObject({ key, name: text(300), requirement: text(8000), frequency: text(200).optional() }))
    .default([]),
  /** Equality impact assessments the source names; held in organisational-processes' EQIA register. */
  eqias: z.array(eqiaSchema).max(500).default([]),
  /** Consultation and engagement the source records as held. */
  engagements: z.array(engagementSchema).max(500).default([]),
  /**
   * Inconsistencies in the source that the plugin keeps as written rather than hides;
   * registration reports each as a warning.
   */
  sourceDiscrepancies: z.array(strictObject({ path: text(300), note: text(2000) })).default([]),
});

/** A plugin manifest as written by its author (defaults not yet applied). */
export type PluginManifestInput = z.input<typeof pluginManifestSchema>;
/** A validated manifest, defaults applied. */
export type PluginManifest = z.output<typeof pluginManifestSchema>;
export type Theme = PluginManifest['themes'][number];
export type Objective = Theme['objectives'][number];
export type Kpi = Theme['kpis'][number];
export type DeliveryAction = Theme['actions'][number];
export type StaffSurveyAction = PluginManifest['staffSurveyActions'][number];
export type DeclaredOwner = PluginManifest['owners'][number];
export type Eqia = PluginManifest['eqias'][number];
export type Engagement = PluginManifest['engagements'][number];
