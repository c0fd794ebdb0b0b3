import { defineEntity, p } from '@mikro-orm/postgresql';

/** A delivery-plan row: what will be done towards an objective, by whom and by when, as written. */
export const DeliveryActionEntity = defineEntity({
  name: 'DeliveryAction',
  tableName: 'delivery_action',
  properties: {
    id: p.uuid().primary().onCreate(() => crypto.randomUUID()),
    pluginId: p.string().length(64),
    key: p.string().length(80),
    strategyId: p.uuid().index(),
    /** The theme it is filed under, or the theme of the objective it resolves to. */
    themeId: p.uuid().nullable().index(),
    /** The objective its reference resolved to; null when it resolved to none. */
    objectiveId: p.uuid().nullable().index(),
    /** The key-action reference as written. */
    reference: p.string().length(40),
    title: p.string().length(300).nullable(),
    actions: p.json<string[]>(),
    characteristicsAsWritten: p.string().length(300),
    characteristics: p.array(),
    owners: p.array(),
    ownersAsWritten: p.text().nullable(),
    dueAsWritten: p.string().length(300).nullable(),
    /** Derived from `dueAsWritten` only where it names one unambiguous date. */
    dueDate: p.date().nullable(),
    /** Every deadline `dueAsWritten` names (YYYY-MM-DD, earliest first); empty when it names none. */
    dueDates: p.array().default([]),
    /** The current status: the latest recorded progress entry's, else the one the plugin states. */
    status: p.string().length(20),
    /** Raised by every recorded progress entry; `recordProgress` refuses a stale expected version. */
    version: p.integer().default(1),
    risks: p.json<string[]>(),
    staffSurveyActions: p.array(),
    archived: p.boolean().default(false),
    position: p.integer(),
  },
  uniques: [{ properties: ['pluginId', 'key'] }],
});
export type DeliveryAction = InstanceType<typeof DeliveryActionEntity.class>;
