import { normaliseOpenDataValue } from '@edhr/schema';

/**
 * Rules for the stop-and-search category columns that are not protected characteristics
 * (those are mapped by @edhr/schema). Each rule lower-cases and evens out spacing first
 * (normaliseOpenDataValue). A blank value is NOT_RECORDED; a value no rule recognises is
 * UNMAPPED — kept as written in the raw column and counted in the import report.
 */
export const NOT_RECORDED = 'NOT_RECORDED';
export const UNMAPPED = 'UNMAPPED';

export type CategoryMapping = { code: string; mapped: boolean };

function lookup(table: ReadonlyMap<string, string>, raw: string): CategoryMapping {
  const text = normaliseOpenDataValue(raw);
  if (text === '') return { code: NOT_RECORDED, mapped: true };
  const code = table.get(text);
  return code ? { code, mapped: true } : { code: UNMAPPED, mapped: false };
}

const SEARCH_TYPES = new Map([
  ['person search', 'PERSON'],
  ['vehicle search', 'VEHICLE'],
  ['person and vehicle search', 'PERSON_AND_VEHICLE'],
]);

/** "Type": Person search, Vehicle search, Person and Vehicle search. */
export const mapSearchType = (raw: string) => lookup(SEARCH_TYPES, raw);

/**
 * "Outcome", in the wordings data.police.uk has used since 2014 (older labels on the left of
 * each group, the 2016+ "disposal" labels after them).
 */
const OUTCOMES = new Map([
  ['nothing found - no further action', 'NO_FURTHER_ACTION'],
  ['a no further action disposal', 'NO_FURTHER_ACTION'],
  ['suspect arrested', 'ARREST'],
  ['arrest', 'ARREST'],
  ['suspect summonsed to court', 'SUMMONS'],
  ['summons/charged by post', 'SUMMONS'],
  ['offender cautioned', 'CAUTION'],
  ['caution (simple or conditional)', 'CAUTION'],
  ['offender given penalty notice', 'PENALTY_NOTICE'],
  ['penalty notice for disorder', 'PENALTY_NOTICE'],
  ['offender given drugs possession warning', 'DRUGS_WARNING'],
  ['khat or cannabis warning', 'DRUGS_WARNING'],
  ['local resolution', 'COMMUNITY_RESOLUTION'],
  ['community resolution', 'COMMUNITY_RESOLUTION'],
  ['article found - detailed outcome unavailable', 'ARTICLE_FOUND'],
]);

export const mapOutcome = (raw: string) => lookup(OUTCOMES, raw);

/** Outcome codes that are not a positive outcome (see README, "Analyses"). */
export const NON_POSITIVE_OUTCOMES = ['NO_FURTHER_ACTION', NOT_RECORDED] as const;

const OBJECTS = new Map([
  ['controlled drugs', 'CONTROLLED_DRUGS'],
  ['offensive weapons', 'OFFENSIVE_WEAPONS'],
  ['stolen goods', 'STOLEN_GOODS'],
  ['article for use in theft', 'ARTICLE_FOR_USE_IN_THEFT'],
  ['articles for use in criminal damage', 'ARTICLES_FOR_CRIMINAL_DAMAGE'],
  ['firearms', 'FIREARMS'],
  ['anything to threaten or harm anyone', 'ANYTHING_TO_THREATEN_OR_HARM'],
  ['evidence of offences under the act', 'EVIDENCE_OF_OFFENCES_UNDER_THE_ACT'],
  ['fireworks', 'FIREWORKS'],
  ['psychoactive substances', 'PSYCHOACTIVE_SUBSTANCES'],
  ['goods on which duty has not been paid etc.', 'UNDUTIED_GOODS'],
  ['crossbows', 'CROSSBOWS'],
  ['evidence of wildlife offences', 'WILDLIFE_OFFENCES'],
  ['game or poaching equipment', 'GAME_OR_POACHING_EQUIPMENT'],
  ['seals or hunting equipment', 'SEALS_OR_HUNTING_EQUIPMENT'],
  ['detailed object of search unavailable', 'UNAVAILABLE'],
]);

/** "Object of search". */
export const mapObjectOfSearch = (raw: string) => lookup(OBJECTS, raw);

/** "Legislation": matched on the Act's name and section, so punctuation drift does not matter. */
const LEGISLATION: ReadonlyArray<[RegExp, string]> = [
  [/^police and criminal evidence act 1984 \(section 1\)$/, 'PACE_S1'],
  [/^police and criminal evidence act 1984 \(section 6\)$/, 'PACE_S6'],
  [/^misuse of drugs act 1971 \(section 23\)$/, 'MISUSE_OF_DRUGS_ACT_S23'],
  [/^firearms act 1968 \(section 47\)$/, 'FIREARMS_ACT_S47'],
  [/^criminal justice and public order act 1994 \(section 60\)$/, 'CJPOA_S60'],
  [/^terrorism act 2000 \(section 4[37](a)?\)$/, 'TERRORISM_ACT'],
  [/^psychoactive substances act 2016 \(s ?3[67](\(2\))?\)$/, 'PSYCHOACTIVE_SUBSTANCES_ACT'],
  [/^crossbows act 1987 \(section 4\)$/, 'CROSSBOWS_ACT_S4'],
  [/^customs and excise management act 1979 \(section 163\)$/, 'CEMA_S163'],
  [/^aviation security act 1982 \(section 27\(1\)\)$/, 'AVIATION_SECURITY_ACT_S27'],
  [/^poaching prevention act 1862 \(section 2\)$/, 'POACHING_PREVENTION_ACT_S2'],
  [/^deer act 1991 \(section 12\)$/, 'DEER_ACT_S12'],
  [/^wildlife and countryside act 1981 \(section 19\)$/, 'WILDLIFE_AND_COUNTRYSIDE_ACT_S19'],
  [/^conservation of seals act 1970 \(section 4\)$/, 'CONSERVATION_OF_SEALS_ACT_S4'],
  [/^protection of badgers act 1992 \(section 11\)$/, 'PROTECTION_OF_BADGERS_ACT_S11'],
  [/^hunting act 2004 \(section 8\)$/, 'HUNTING_ACT_S8'],
  // Published with a space before the bracket: "Environmental Protection Act 1990 (section 34B )".
  [/^environmental protection act 1990 \(section 34b ?\)$/, 'ENVIRONMENTAL_PROTECTION_ACT_S34B'],
  // Search of school premises for bladed articles and offensive weapons.
  [/^criminal justice act 1988 \(section 139b\)$/, 'CRIMINAL_JUSTICE_ACT_1988_S139B'],
  [/^sporting events \(control of alcohol etc\.?\) act 1985 \(section 7\)$/, 'SPORTING_EVENTS_ACT_S7'],
  [/^public stores act 1875 \(section 6\)$/, 'PUBLIC_STORES_ACT_S6'],
];

export function mapLegislation(raw: string): CategoryMapping {
  const text = normaliseOpenDataValue(raw);
  if (text === '') return { code: NOT_RECORDED, mapped: true };
  const found = LEGISLATION.find(([pattern]) => pattern.test(text));
  return found ? { code: found[1], mapped: true } : { code: UNMAPPED, mapped: false };
}
