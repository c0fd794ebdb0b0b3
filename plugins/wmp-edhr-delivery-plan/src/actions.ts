import type { PluginManifestInput } from '@edhr/plugin-sdk';
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
export const actions: DeliveryActionInput[] = [...serviceDeliveryRows, ...peopleCultureRows, ...organisationalProcessesRows];
