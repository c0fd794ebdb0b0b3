import { defineEntity, p } from '@mikro-orm/postgresql';

/**
 * One stop and search from a police open-data street-level file. Every column is kept as
 * written (`*Raw`) beside the category a documented rule mapped it to, so a value no rule
 * recognises stays visible as `UNMAPPED` instead of being dropped. Rows are written by
 * COPY or multi-row INSERT (see records/record.writer.ts), not through the unit of work.
 */
export const StopSearchRecordEntity = defineEntity({
  name: 'StopSearchRecord',
  tableName: 'stop_search_record',
  properties: {
    id: p.bigint().primary().autoincrement(),
    batchId: p.uuid().index(),
    organisationKey: p.string().length(80),
    /**
     * The record's content key (records/record-identity.ts), one per record of an organisation:
     * the import compares keys within the months a file covers, through the (organisation_key,
     * occurred_at) index (the key includes the instant). Null for records imported before keys were kept.
     */
    contentKey: p.uuid().nullable(),
    /** Line of the source file the record was read from (the header is line 1). */
    lineNumber: p.integer(),
    typeRaw: p.text(),
    searchType: p.string().length(40),
    dateRaw: p.text(),
    occurredAt: p.datetime(),
    partOfOperationRaw: p.text(),
    partOfOperation: p.boolean().nullable(),
    policingOperation: p.text(),
    latitude: p.double().nullable(),
    longitude: p.double().nullable(),
    genderRaw: p.text(),
    sex: p.string().length(40),
    ageRangeRaw: p.text(),
    ageRange: p.string().length(40),
    selfDefinedEthnicityRaw: p.text(),
    selfDefinedBroad: p.string().length(40),
    selfDefinedDetailed: p.string().length(60).nullable(),
    officerDefinedEthnicityRaw: p.text(),
    officerDefinedBroad: p.string().length(40),
    legislationRaw: p.text(),
    legislation: p.string().length(60),
    objectOfSearchRaw: p.text(),
    objectOfSearch: p.string().length(60),
    outcomeRaw: p.text(),
    outcome: p.string().length(40),
    outcomeLinkedRaw: p.text(),
    outcomeLinked: p.boolean().nullable(),
    removalOfClothingRaw: p.text(),
    removalOfClothing: p.boolean().nullable(),
  },
  indexes: [{ properties: ['organisationKey', 'occurredAt'] }],
});
export type StopSearchRecord = InstanceType<typeof StopSearchRecordEntity.class>;
