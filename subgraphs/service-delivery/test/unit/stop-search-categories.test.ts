import { describe, expect, it } from 'vitest';
import { mapLegislation, mapOutcome } from '../../src/stop-search/stop-search-categories.mapping';

// Wordings as data.police.uk stop-and-search files write them: the older outcomes are the ones
// public clients of its API list for the outcome field; the newer ones are in the current files.
describe('Outcome, in every wording since 2014', () => {
  it.each([
    ['Nothing found - no further action', 'NO_FURTHER_ACTION'],
    ['A no further action disposal', 'NO_FURTHER_ACTION'],
    ['Suspect arrested', 'ARREST'],
    ['Arrest', 'ARREST'],
    ['Suspect summonsed to court', 'SUMMONS'],
    ['Summons / charged by post', 'SUMMONS'],
    ['Offender cautioned', 'CAUTION'],
    ['Caution (simple or conditional)', 'CAUTION'],
    ['Offender given penalty notice', 'PENALTY_NOTICE'],
    ['Penalty Notice for Disorder', 'PENALTY_NOTICE'],
    ['Offender given drugs possession warning', 'DRUGS_WARNING'],
    ['Khat or Cannabis warning', 'DRUGS_WARNING'],
    ['Local resolution', 'COMMUNITY_RESOLUTION'],
    ['Community resolution', 'COMMUNITY_RESOLUTION'],
    ['Article found - Detailed outcome unavailable', 'ARTICLE_FOUND'],
    ['  a NO further action  disposal ', 'NO_FURTHER_ACTION'],
  ])('maps %j to %s', (value, code) => {
    expect(mapOutcome(value)).toEqual({ code, mapped: true });
  });
});

describe('Legislation', () => {
  it.each([
    ['Police and Criminal Evidence Act 1984 (section 1)', 'PACE_S1'],
    ['Misuse of Drugs Act 1971 (section 23)', 'MISUSE_OF_DRUGS_ACT_S23'],
    ['Firearms Act 1968 (section 47)', 'FIREARMS_ACT_S47'],
    ['Criminal Justice and Public Order Act 1994 (section 60)', 'CJPOA_S60'],
    ['Criminal Justice Act 1988 (section 139B)', 'CRIMINAL_JUSTICE_ACT_1988_S139B'],
    ['Terrorism Act 2000 (section 47A)', 'TERRORISM_ACT'],
    ['Psychoactive Substances Act 2016 (s36(2))', 'PSYCHOACTIVE_SUBSTANCES_ACT'],
    ['Poaching Prevention Act 1862 (section 2)', 'POACHING_PREVENTION_ACT_S2'],
    ['Environmental Protection Act 1990 (section 34B )', 'ENVIRONMENTAL_PROTECTION_ACT_S34B'],
    ['Environmental Protection Act 1990 (section 34B)', 'ENVIRONMENTAL_PROTECTION_ACT_S34B'],
    ['Crossbows Act 1987 (section 4)', 'CROSSBOWS_ACT_S4'],
    ['Protection of Badgers Act 1992 (section 11)', 'PROTECTION_OF_BADGERS_ACT_S11'],
    ['Wildlife and Countryside Act 1981 (section 19)', 'WILDLIFE_AND_COUNTRYSIDE_ACT_S19'],
    ['Deer Act 1991 (section 12)', 'DEER_ACT_S12'],
    ['Conservation of Seals Act 1970 (section 4)', 'CONSERVATION_OF_SEALS_ACT_S4'],
    ['Public Stores Act 1875 (section 6)', 'PUBLIC_STORES_ACT_S6'],
    ['Customs and Excise Management Act 1979 (section 163)', 'CEMA_S163'],
    ['Aviation Security Act 1982 (section 27(1))', 'AVIATION_SECURITY_ACT_S27'],
    ['Sporting Events (Control of Alcohol etc.) Act 1985 (section 7)', 'SPORTING_EVENTS_ACT_S7'],
    ['Hunting Act 2004 (section 8)', 'HUNTING_ACT_S8'],
  ])('maps %j to %s', (value, code) => {
    expect(mapLegislation(value)).toEqual({ code, mapped: true });
  });

  it('keeps a power it does not know unmapped', () => {
    expect(mapLegislation('Criminal Justice Act 1988 (section 139)')).toEqual({ code: 'UNMAPPED', mapped: false });
  });
});
