import {
  broadGroupOf,
  type BroadEthnicGroupCode,
  type DetailedEthnicGroupCode,
} from './census2021-ethnic-groups.js';
import { normaliseOpenDataValue, rawText, type OpenDataMapping } from './open-data-mapping.js';
import {
  readSelfDefinedCode,
  SELF_DEFINED_CODE_SCHEMES,
  type PaceSelfDefinedCodeEntry,
  type SelfDefinedCodeScheme,
} from './pace-self-defined-codes.js';

/** A recognised ethnicity: always a broad group, and a detailed group when the value gives one. */
export interface EthnicityValue {
  broad: BroadEthnicGroupCode;
  detailed: DetailedEthnicGroupCode | null;
}

export type EthnicityMapping = OpenDataMapping<EthnicityValue> & {
  /**
   * The self-defined code scheme this value shows its file uses, when only one scheme has it: an
   * Arab, Roma or Gypsy or Irish Traveller label, Chinese under Asian, the codes A4/W3/W4 (18+1);
   * Chinese under "Other" or "Chinese or other ethnic group", Chinese labelled O1 (16+1).
   */
  scheme?: SelfDefinedCodeScheme;
  /** Set on an unmapped value that a known scheme would read (a bare O1): why it was not read. */
  ambiguous?: string;
};

export interface SelfDefinedEthnicityOptions {
  /**
   * The code scheme of the file the value comes from, when known. It decides only bare codes whose
   * meaning differs between schemes (O1); labels say what they mean whatever the scheme.
   */
  codes?: SelfDefinedCodeScheme;
}

/**
 * How each broad group's heading has been written, normalised (lower case, no spaces around "/").
 * Police open data used the 2011 Census wording ("Black/African/Caribbean/Black British"), later
 * files the 2021 wording ("Black, Black British, Caribbean or African"), and ONS labels add Welsh.
 */
const HEADINGS: Readonly<Record<BroadEthnicGroupCode, readonly string[]>> = {
  WHITE: ['white'],
  MIXED: [
    'mixed',
    'mixed/multiple',
    'mixed/multiple ethnic group',
    'mixed/multiple ethnic groups',
    'mixed or multiple ethnic group',
    'mixed or multiple ethnic groups',
  ],
  ASIAN: ['asian', 'asian/asian british', 'asian or asian british', 'asian, asian british or asian welsh'],
  BLACK: [
    'black',
    'black/black british',
    'black or black british',
    'black/african/caribbean/black british',
    'black, black british, caribbean or african',
    'black, black british, black welsh, caribbean or african',
  ],
  // "Chinese or other ethnic group" is the 2001 Census heading, which put Chinese under Other.
  OTHER: ['other', 'other ethnic group', 'chinese or other ethnic group'],
};

/** Words that may name the group inside an "any other … background" entry. */
const OTHER_ENTRY_WORDS: Readonly<Record<BroadEthnicGroupCode, readonly string[]>> = {
  WHITE: ['white'],
  MIXED: ['mixed', 'mixed/multiple', 'mixed or multiple'],
  ASIAN: ['asian', 'asian/asian british', 'asian or asian british'],
  BLACK: [
    'black',
    'black/african/caribbean',
    'black, black british or caribbean',
    'black, black british, or caribbean',
    'black, black british, caribbean or african',
    'black, black british, black welsh, caribbean or african',
  ],
  OTHER: [],
};

const OTHER_GROUP: Readonly<Record<BroadEthnicGroupCode, DetailedEthnicGroupCode>> = {
  WHITE: 'WHITE_OTHER',
  MIXED: 'MIXED_OTHER',
  ASIAN: 'ASIAN_OTHER',
  BLACK: 'BLACK_OTHER',
  OTHER: 'OTHER_ANY_OTHER',
};

/** The named (not "other") entries under each heading, normalised. */
const NAMED_ENTRIES: Readonly<Record<BroadEthnicGroupCode, ReadonlyArray<[string, DetailedEthnicGroupCode]>>> = {
  WHITE: [
    ['english/welsh/scottish/northern irish/british', 'WHITE_BRITISH'],
    ['english, welsh, scottish, northern irish or british', 'WHITE_BRITISH'],
    ['british', 'WHITE_BRITISH'],
    // The 2001 Census / PACE 16+1 wording: "White - White British (W1)", "White - White Irish (W2)".
    ['white british', 'WHITE_BRITISH'],
    ['irish', 'WHITE_IRISH'],
    ['white irish', 'WHITE_IRISH'],
    ['gypsy or irish traveller', 'WHITE_GYPSY_OR_IRISH_TRAVELLER'],
    ['gypsy/irish traveller', 'WHITE_GYPSY_OR_IRISH_TRAVELLER'],
    ['irish traveller', 'WHITE_GYPSY_OR_IRISH_TRAVELLER'],
    ['roma', 'WHITE_ROMA'],
  ],
  MIXED: [
    ['white and black caribbean', 'MIXED_WHITE_AND_BLACK_CARIBBEAN'],
    ['white and black african', 'MIXED_WHITE_AND_BLACK_AFRICAN'],
    ['white and asian', 'MIXED_WHITE_AND_ASIAN'],
  ],
  ASIAN: [
    ['indian', 'ASIAN_INDIAN'],
    ['pakistani', 'ASIAN_PAKISTANI'],
    ['bangladeshi', 'ASIAN_BANGLADESHI'],
    ['chinese', 'ASIAN_CHINESE'],
  ],
  BLACK: [
    ['caribbean', 'BLACK_CARIBBEAN'],
    ['african', 'BLACK_AFRICAN'],
  ],
  OTHER: [
    ['arab', 'OTHER_ARAB'],
    // Census 2021 counts Chinese as Asian, whatever heading the source used.
    ['chinese', 'ASIAN_CHINESE'],
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "any other White background", "Other Mixed or Multiple ethnic groups", "Any other ethnic group",
 * "Other Black", "Other": optional "any", "other", optionally the group's own words, optionally
 * "ethnic", optionally "background" or "group(s)".
 */
const OTHER_ENTRY: Readonly<Record<BroadEthnicGroupCode, RegExp>> = Object.fromEntries(
  (Object.keys(OTHER_ENTRY_WORDS) as BroadEthnicGroupCode[]).map((broad) => {
    const words = OTHER_ENTRY_WORDS[broad].map(escape).join('|');
    const named = words ? `( (${words}))?` : '';
    return [broad, new RegExp(`^(any )?other${named}( ethnic)?( background| groups?)?$`)];
  }),
) as Record<BroadEthnicGroupCode, RegExp>;

const NOT_STATED_WORDS = new Set(['not stated', 'ns']);
const PREFER_NOT_TO_SAY_WORDS = new Set(['prefer not to say']);

function headingOf(text: string): BroadEthnicGroupCode | undefined {
  return (Object.keys(HEADINGS) as BroadEthnicGroupCode[]).find((broad) => HEADINGS[broad].includes(text));
}

function entryUnder(broad: BroadEthnicGroupCode, entry: string): DetailedEthnicGroupCode | undefined {
  const named = NAMED_ENTRIES[broad].find(([text]) => text === entry);
  if (named) return named[1];
  return OTHER_ENTRY[broad].test(entry) ? OTHER_GROUP[broad] : undefined;
}

function group(raw: string, detailed: DetailedEthnicGroupCode, rule: string, scheme?: SelfDefinedCodeScheme): EthnicityMapping {
  const mapping: EthnicityMapping = { mapped: true, outcome: 'value', raw, value: { broad: broadGroupOf(detailed), detailed }, rule };
  if (scheme) mapping.scheme = scheme;
  return mapping;
}

const notStated = (raw: string, rule: string): EthnicityMapping => ({ mapped: true, outcome: 'not_stated', raw, category: 'NOT_STATED', rule });
const unmapped = (raw: string, normalised: string): EthnicityMapping => ({ mapped: false, outcome: 'unmapped', raw, normalised });

/** Which scheme a heading and entry can only come from (see EthnicityMapping.scheme). */
function schemeOfLabel(headingText: string, heading: BroadEthnicGroupCode, detailed: DetailedEthnicGroupCode): SelfDefinedCodeScheme | undefined {
  if (headingText === 'chinese or other ethnic group') return '16+1';
  if (detailed === 'ASIAN_CHINESE') return heading === 'OTHER' ? '16+1' : '18+1';
  if (detailed === 'OTHER_ARAB' || detailed === 'WHITE_ROMA' || detailed === 'WHITE_GYPSY_OR_IRISH_TRAVELLER') return '18+1';
  return undefined;
}

const BARE_CODE = /^[a-z0-9][0-9]$/;
/** "White - White British (W1)", "Not Stated (NS)", "Chinese or other ethnic group - Chinese (01)". */
const LABEL_AND_CODE = /^(.*[^ ]) ?\( ?([a-z0-9][0-9]|ns) ?\)$/;

const ambiguity = (code: string, byScheme: Record<SelfDefinedCodeScheme, PaceSelfDefinedCodeEntry>) =>
  `${code.toUpperCase()} is ${SELF_DEFINED_CODE_SCHEMES.map((s) => `${byScheme[s].group} in the ${s} codes`).join(' and ')}`;

/** A bare code: read when every scheme agrees on it, or by the file's scheme when given. */
function mapBareCode(text: string, normalised: string, options: SelfDefinedEthnicityOptions): EthnicityMapping {
  const reading = readSelfDefinedCode(normalised);
  if (reading.kind === 'unknown') return unmapped(text, normalised);
  if (reading.kind === 'ambiguous') {
    if (!options.codes) return { ...unmapped(text, normalised), ambiguous: ambiguity(normalised, reading.byScheme) };
    const entry = reading.byScheme[options.codes];
    return entry.group ? group(text, entry.group, 'pace-code') : notStated(text, 'pace-code');
  }
  return reading.entry.group ? group(text, reading.entry.group, 'pace-code', reading.only) : notStated(text, 'pace-code');
}

/**
 * A label followed by its code in brackets: the label must be recognised and the code must mean
 * the same group in at least one scheme. When only one scheme agrees (Chinese labelled O1: 16+1;
 * A4: 18+1), the value is evidence of that scheme.
 */
function mapLabelAndCode(text: string, normalised: string, label: string, code: string): EthnicityMapping {
  const reading = readSelfDefinedCode(code);
  const meaning = mapLabel(text, label);
  if (reading.kind === 'unknown' || !meaning.mapped) return unmapped(text, normalised);
  if (meaning.outcome === 'not_stated') {
    return meaning.category === 'NOT_STATED' && reading.kind === 'code' && reading.entry.group === null
      ? notStated(text, 'label-and-code')
      : unmapped(text, normalised);
  }
  const { broad, detailed } = meaning.value;
  const agrees = (entry: PaceSelfDefinedCodeEntry) =>
    entry.group !== null && (detailed ? entry.group === detailed : broadGroupOf(entry.group) === broad);
  const schemes =
    reading.kind === 'code'
      ? agrees(reading.entry)
        ? reading.only
          ? [reading.only]
          : SELF_DEFINED_CODE_SCHEMES
        : []
      : SELF_DEFINED_CODE_SCHEMES.filter((s) => agrees(reading.byScheme[s]));
  if (schemes.length === 0) return unmapped(text, normalised);
  const fromCode = schemes.length === 1 ? schemes[0] : undefined;
  const scheme = meaning.scheme && fromCode && meaning.scheme !== fromCode ? undefined : (meaning.scheme ?? fromCode);
  const mapping: EthnicityMapping = { mapped: true, outcome: 'value', raw: text, value: meaning.value, rule: 'label-and-code' };
  if (scheme) mapping.scheme = scheme;
  return mapping;
}

/**
 * Maps a self-defined ethnicity from police open data (or a PACE code) to the Census 2021 groups.
 *
 * The value is first normalised: lower case, runs of spaces made single, spaces around "/" removed
 * ("Black/ African/Caribbean" → "black/african/caribbean"), dashes made hyphens. Then the rules,
 * in order, each named in the result's `rule`:
 * - `blank`: an empty value is NOT_RECORDED.
 * - `not-stated`: "Not stated" or "NS" is NOT_STATED; "Prefer not to say" is PREFER_NOT_TO_SAY.
 * - `pace-code`: a bare self-defined code (A1 … A9, B1 … B9, M1 … M9, W1 … W9, O1, O2, O9). Every
 *   code means the same in the 16+1 and 18+1 schemes except O1 (Chinese in 16+1, Arab in 18+1):
 *   a bare O1 is read only with `options.codes`, and otherwise comes back unmapped with
 *   `ambiguous` saying why. A4, W3, W4 and O2 exist only in 18+1 and say so in `scheme`.
 * - `label-and-code`: a label with its code in brackets, as pre-2017 files write them ("White -
 *   White British (W1)", "Not Stated (NS)", "Chinese or other ethnic group - Chinese (O1)"): the
 *   label is read by the rules below and the code must agree with it in some scheme, otherwise
 *   the value is unmapped (a contradiction is reported, not resolved by guessing).
 * - `heading-entry`: "<heading> - <entry>" or "<heading>: <entry>", where the heading is one of the
 *   known wordings of a Census broad group and the entry is one of that group's named entries
 *   ("Pakistani", "White and Black Caribbean", "English/Welsh/Scottish/Northern Irish/British" …)
 *   or an "any other … background" entry, which maps to that group's "Other" category.
 *   "Other ethnic group - Not stated" is NOT_STATED.
 * - `heading-only`: a bare heading ("White", "Asian or Asian British") gives the broad group with
 *   no detailed group.
 * Anything else comes back `{ mapped: false, raw }`: an unfamiliar entry under a known heading is
 * not guessed at from its heading. A value only one code scheme has sets `scheme`, so that an
 * importer can tell which scheme a file uses from what it says.
 */
export function mapSelfDefinedEthnicity(raw: string | null | undefined, options: SelfDefinedEthnicityOptions = {}): EthnicityMapping {
  const text = rawText(raw);
  const normalised = normaliseOpenDataValue(text).replace(/ ?- ?/g, ' - ').replace(/ ?: ?/g, ': ');
  if (normalised === '') return { mapped: true, outcome: 'not_stated', raw: text, category: 'NOT_RECORDED', rule: 'blank' };
  if (BARE_CODE.test(normalised)) return mapBareCode(text, normalised, options);
  const withCode = LABEL_AND_CODE.exec(normalised);
  if (withCode) return mapLabelAndCode(text, normalised, withCode[1]!, withCode[2]!);
  return mapLabel(text, normalised);
}

/** The label rules (not-stated, heading-entry, heading-only) on a normalised value. */
function mapLabel(text: string, normalised: string): EthnicityMapping {
  if (NOT_STATED_WORDS.has(normalised)) return notStated(text, 'not-stated');
  if (PREFER_NOT_TO_SAY_WORDS.has(normalised)) {
    return { mapped: true, outcome: 'not_stated', raw: text, category: 'PREFER_NOT_TO_SAY', rule: 'not-stated' };
  }
  const separator = normalised.match(/ - |: /);
  if (separator?.index !== undefined) {
    const headingText = normalised.slice(0, separator.index);
    const heading = headingOf(headingText);
    const entry = normalised.slice(separator.index + separator[0].length);
    if (heading === 'OTHER' && NOT_STATED_WORDS.has(entry)) return notStated(text, 'heading-entry');
    const detailed = heading ? entryUnder(heading, entry) : undefined;
    if (heading && detailed) return group(text, detailed, 'heading-entry', schemeOfLabel(headingText, heading, detailed));
  } else {
    const heading = headingOf(normalised);
    if (heading) return { mapped: true, outcome: 'value', raw: text, value: { broad: heading, detailed: null }, rule: 'heading-only' };
  }
  return unmapped(text, normalised);
}

const OFFICER_DEFINED: ReadonlyMap<string, BroadEthnicGroupCode> = new Map([
  ['white', 'WHITE'],
  ['black', 'BLACK'],
  ['asian', 'ASIAN'],
  ['mixed', 'MIXED'],
  ['other', 'OTHER'],
]);

/**
 * Maps an officer-defined ethnicity from police open data to a Census 2021 broad group. It is
 * the officer's perception, recorded with one of five values (White, Black, Asian, Mixed, Other),
 * so it never carries a detailed group. Rules:
 * - `blank`: an empty value is NOT_RECORDED (common: many records carry only self-defined ethnicity);
 * - `officer-defined`: one of the five values, in any case and spacing.
 * Anything else comes back `{ mapped: false, raw }`.
 */
export function mapOfficerDefinedEthnicity(raw: string | null | undefined): EthnicityMapping {
  const text = rawText(raw);
  const normalised = normaliseOpenDataValue(text);
  if (normalised === '') return { mapped: true, outcome: 'not_stated', raw: text, category: 'NOT_RECORDED', rule: 'blank' };
  const broad = OFFICER_DEFINED.get(normalised);
  if (broad) return { mapped: true, outcome: 'value', raw: text, value: { broad, detailed: null }, rule: 'officer-defined' };
  return { mapped: false, outcome: 'unmapped', raw: text, normalised };
}
