import { characteristicCodes, type PluginManifestInput } from '@edhr/plugin-sdk';
import { organisationalProcessesRows } from './actions.organisational-processes';
import { peopleCultureRows } from './actions.people-culture';
import { serviceDeliveryRows } from './actions.service-delivery';

export type DeliveryActionInput = NonNullable<PluginManifestInput['actions']>[number];

/**
 * "EDHR Programme Board - Delivery Plan": the 22 rows in document order (dp-01 … dp-22).
 *
 * Columns → fields: "Strategic Theme action" → reference (as written); "Strategic Theme" → title;
 * "Action Required" → actions (one entry per "•" bullet); "PC" → characteristicsAsWritten (codes only
 * where a characteristic is named); "Action Owner" → ownersAsWritten, and owners split on ", "
 * ("Role - Name" stays one owner); "Date to be Completed" → dueAsWritten; "Progress Update" → one
 * progress entry; "Risk" → risks (the cell as one entry; empty cells give none); "Staff Survey Delivery
 * Plan - Action Number" → staffSurveyActions.
 *
 * Theme 1 and 2 references match the strategy's key-action codes and are resolved by code. The plan
 * numbers Organisational Processes 3.1–3.6 against the strategy's 3.1–3.5, so rows whose text matches a
 * different key action carry an explicit `objective` (see sourceDiscrepancies in index.ts).
 */
const rows: DeliveryActionInput[] = [...serviceDeliveryRows, ...peopleCultureRows, ...organisationalProcessesRows];

/**
 * The plan is undated. Its text was written after the August 2011 disturbances (which several rows
 * report on in the past tense) and before January 2012 (it says work "will go live in Jan 2012",
 * that 350+ staff "will be trained" between January and March 2012, that the inspection "will be"
 * in January–February 2012). Its progress updates are dated 31 December 2011, the latest day its
 * text allows, so none is dated before work it reports; see sourceDiscrepancies in index.ts.
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
export const actions: DeliveryActionInput[] = rows.map((row) => ({
  ...row,
  characteristics: row.characteristicsAsWritten === 'All' ? [...characteristicCodes] : row.characteristics,
  status: statedStatus(row),
  progress: (row.progress ?? []).map((update) => ({ ...update, date: update.date ?? PLAN_AS_OF })),
}));
