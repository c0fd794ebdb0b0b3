import { characteristicCodes, type PluginManifestInput } from '@edhr/plugin-sdk';

export type DeliveryActionInput = NonNullable<PluginManifestInput['actions']>[number];

/**
 * How the theme plugins read their rows of the "EDHR Programme Board - Delivery Plan" (dp-01 …
 * dp-22, in document order across the three themes). Columns → fields: "Strategic Theme action" →
 * reference (as written); "Strategic Theme" → title; "Action Required" → actions (one entry per "•"
 * bullet); "PC" → characteristicsAsWritten (codes only where a characteristic is named); "Action
 * Owner" → ownersAsWritten, and owners split on ", " ("Role - Name" stays one owner); "Date to be
 * Completed" → dueAsWritten; "Progress Update" → one progress entry; "Risk" → risks (the cell as one
 * entry; empty cells give none); "Staff Survey Delivery Plan - Action Number" → staffSurveyActions.
 */

/**
 * The plan is undated. Its text was written after the August 2011 disturbances (which several rows
 * report on in the past tense) and before January 2012 (it says work "will go live in Jan 2012",
 * that 350+ staff "will be trained" between January and March 2012, that the inspection "will be"
 * in January–February 2012). Its progress updates are dated 31 December 2011, the latest day its
 * text allows, so none is dated before work it reports.
 */
export const PLAN_AS_OF = '2011-12-31';

/**
 * The status the plan states: "Ongoing" in the date column (on its own, or "… and is Ongoing",
 * "… and Ongoing") → ongoing. No row says it is complete, so every other row is unknown.
 */
function statedStatus(row: DeliveryActionInput): DeliveryActionInput['status'] {
  return /\bongoing\b/i.test(row.dueAsWritten ?? '') ? 'ongoing' : 'unknown';
}

/**
 * Plan-wide readings of the columns: "All" in the PC column is every protected characteristic
 * (the text stays in characteristicsAsWritten), the stated status, and each progress update dated
 * as of the plan.
 */
export function readDeliveryPlanRows(rows: readonly DeliveryActionInput[]): DeliveryActionInput[] {
  return rows.map((row) => ({
    ...row,
    characteristics: row.characteristicsAsWritten === 'All' ? [...characteristicCodes] : row.characteristics,
    status: statedStatus(row),
    progress: (row.progress ?? []).map((update) => ({ ...update, date: update.date ?? PLAN_AS_OF })),
  }));
}

/** The source of a theme plugin: the strategy's theme page and the delivery plan's rows of that theme. */
export const THEME_PLUGIN_SOURCE = {
  title:
    'Equality, Diversity and Human Rights Strategy; Equality, Diversity and Human Rights Delivery Plan (EDHR Programme Board - Delivery Plan)',
  publisher: 'West Midlands Police',
};

/** Discrepancies that concern every theme's rows alike; each theme plugin reports them for its own rows. */
export const PLAN_WIDE_DISCREPANCIES = [
  {
    path: 'themes[0].actions',
    note: 'The plan states no date. Rows report the August 2011 disturbances in the past tense and speak of January to March 2012 in the future tense ("will go live in Jan 2012", "Between Jan and March 2012, 350+ staff will be trained", "will be inspected in Jan-Feb 2012"), so it was written between September and December 2011. Each progress update is dated 2011-12-31, the latest day its text allows.',
  },
  {
    path: 'themes[0].actions',
    note: 'The PC column says "All" on 21 of the 22 rows; it is read as all nine protected characteristics of the Equality Act 2010 (kept as written in characteristicsAsWritten). Row dp-07 says "Disability".',
  },
];
