import { defineEntity, p } from '@mikro-orm/postgresql';

/** One action of a staff-survey delivery plan, as a plugin registers it. */
export const StaffSurveyActionEntity = defineEntity({
  name: 'StaffSurveyAction',
  tableName: 'staff_survey_action',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    organisationKey: p.string().length(80).index(),
    pluginId: p.string().length(64),
    /** Version of the plugin that last sent this action. */
    pluginVersion: p.string().length(50).nullable(),
    /** Key of the strategy whose key actions `keyActions` refers to. */
    strategyKey: p.string().length(80).nullable().index(),
    /** The action number as written, e.g. "13". */
    number: p.string().length(10),
    issue: p.text(),
    /** Key-action references as written, e.g. ["3.1", "3.3"] or ["ALL"]. */
    keyActions: p.array().default([]),
    contact: p.text().nullable(),
    localOwner: p.text().nullable(),
    /** The organisational-processes `Owner` (id `pluginId:key`) the contact names, when the plugin declares one. */
    contactOwnerId: p.string().length(160).nullable(),
    /** The `Owner` the local owner names, likewise. */
    localOwnerOwnerId: p.string().length(160).nullable(),
    currentPosition: p.text().nullable(),
    risks: p.text().nullable(),
    recommendations: p.text().nullable(),
    furtherUpdates: p.text().nullable(),
    outcome: p.text().nullable(),
    /** Set when a later sync of its plugin no longer sends it; kept, never deleted. */
    archived: p.boolean().default(false),
    version: p.integer().version(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['pluginId', 'number'] }],
});
export type StaffSurveyActionRow = InstanceType<typeof StaffSurveyActionEntity.class>;
