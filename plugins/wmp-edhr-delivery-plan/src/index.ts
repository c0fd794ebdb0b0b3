import { definePlugin } from '@edhr/plugin-sdk';
import { actions } from './actions';
import { staffSurveyActions } from './staff-survey';
import { eqias } from './eqias';
import { engagements } from './engagements';

/**
 * West Midlands Police, Equality, Diversity and Human Rights Delivery Plan — transcribed whole:
 * the EDHR Programme Board Delivery Plan (22 rows, resolved against the key actions of
 * `wmp-edhr-strategy`) and the Staff Survey Delivery Plan (20 actions).
 */
export default definePlugin({
  id: 'wmp-edhr-delivery-plan',
  version: '1.2.0',
  name: 'West Midlands Police EDHR Programme Board Delivery Plan and Staff Survey Delivery Plan',
  description:
    'The 22 rows of the WMP EDHR Programme Board Delivery Plan (key-action reference, actions, protected characteristics, owners, due dates as written, progress update, risks, linked staff-survey actions) and the 20 actions of the Staff Survey Delivery Plan, added to the WMP EDHR Strategy.',
  dependsOn: [{ id: 'wmp-edhr-strategy', version: '^1.0.0' }],
  source: {
    title: 'Equality, Diversity and Human Rights Delivery Plan (EDHR Programme Board - Delivery Plan; Staff Survey Delivery Plan)',
    publisher: 'West Midlands Police',
  },
  organisation: {
    key: 'west-midlands-police',
    name: 'West Midlands Police',
    kind: 'police-force',
    areaCode: 'E23000014',
  },
  strategy: { key: 'wmp-edhr-strategy', extends: 'wmp-edhr-strategy' },
  actions,
  staffSurveyActions,
  eqias,
  engagements,
  sourceDiscrepancies: [
    // Organisational Processes: the plan numbers 3.1–3.6, the strategy 3.1–3.5.
    {
      path: 'actions',
      note: 'The plan numbers its Organisational Processes rows 3.1 to 3.6 ("Organisational Processes - Key Action 1" to "Key Action 6") while the strategy has five key actions, 3.1 to 3.5. Compared by their text, the plan inserts an Equality Standard row as 3.2 and from 3.3 on its numbers are one higher than the strategy\'s (plan 3.3 = strategy 3.2, 3.4 = 3.3, 3.5 = 3.4, 3.6 = 3.5). Plan 3.1 ("EPPF has been developed for EDHR", an abbreviation the documents do not expand) agrees in code and title with the strategy\'s 3.1 (performance management framework) and is resolved by code.',
    },
    {
      path: 'actions[16].reference',
      note: 'Row dp-17 is written "3.2" / "Organisational Processes - Key Action 2" ("The Equality Standard has been implemented within WMP and requires further review ..."). No strategy key action clearly matches it: the strategy\'s 3.2 is about equality impact assessments, which the plan covers in its row written "3.3"; the nearest is 3.1 (performance management framework). Left unlinked (no objective set), reference kept as written; note that the written "3.2" coincides with the code of the strategy\'s EQIA key action, so resolution by code alone would attach this row there. The row also conflicts with the strategy, whose "Our Journey" says the Equality Standard "has now been replaced by our own EDHR Performance Portal", while this row says it "requires further review" and that "Every Dept and LPU has been using the ES for over 12 months".',
    },
    {
      path: 'actions[17].objective',
      note: 'Row dp-18 is written "3.3" / "Organisational Processes - Key Action 3" ("EQIA policy has been reviewed and re-launched, support to embed training is now required."). Linked to wmp-edhr-strategy:op-ka-2, the strategy\'s 3.2 ("Improve our approach to conducting equality impact assessments ..."), because its text is about equality impact assessments; the strategy\'s 3.3 is about processes for managing business and allocating resources.',
    },
    {
      path: 'actions[18].objective',
      note: 'Row dp-19 is written "3.4" / "Organisational Processes - Key Action 4" ("Business processes and resource allocation need to promote equality."). Linked to wmp-edhr-strategy:op-ka-3, the strategy\'s 3.3 ("Make sure that processes for managing business and allocating resources promote equality"), which its text restates; the strategy\'s 3.4 is about acting openly and being held to account.',
    },
    {
      path: 'actions[19].objective',
      note: 'Row dp-20 is written "3.5" / "Organisational Processes - Key Action 5" ("Ensure we have an open process by which communities can hold us to account and enables effective communication and consultation. ..."). Linked to wmp-edhr-strategy:op-ka-4, the strategy\'s 3.4 ("Make sure we act openly and can be held to account, by consulting and including our communities and communicating effectively with them"), which its text restates; the strategy\'s 3.5 is "Ensure that our culture and values are at the heart of everything we do".',
    },
    {
      path: 'actions[20].objective',
      note: 'Row dp-21 is written "3.5" / "Organisational Processes - Key Action 5" ("Publication of Information"). Linked, like row dp-20 under the same written reference, to wmp-edhr-strategy:op-ka-4 (the strategy\'s 3.4, acting openly and being held to account): dp-20 says "WMP will ensure accountability to communities by publishing data" and this row\'s progress is a consultation with communities on which data to publish.',
    },
    {
      path: 'actions[21].objective',
      note: 'Row dp-22 is written "3.6" / "Organisational Processes - Key Action 6"; the strategy has no key action 3.6. Its text, "Ensure that our culture and values are at the heart of everything we do.", is word for word the strategy\'s 3.5, so it is linked to wmp-edhr-strategy:op-ka-5.',
    },
    {
      path: 'actions',
      note: 'Several rows share one key action, kept as separate rows: 1.2 (dp-02, dp-03), 1.5 (dp-06, dp-07), 2.3 (dp-10, dp-11, dp-12) and the written 3.5 (dp-20, dp-21, both linked to the strategy\'s 3.4).',
    },
    // Due dates.
    {
      path: 'actions[7].dueAsWritten',
      note: 'Rows dp-07 to dp-18 write due dates as 1/1/2012, 1/12/2012, 1/8/2012, 1/6/2012, 1/5/2012, 1/4/2012 and 1/3/2012 with no stated order. Read day/month (UK order, as "18/01/2012" in row dp-01 is written) each is the first of a month; read month/day they would fall between 1 and 12 January 2012. Kept as written; a derived date assumes day/month.',
    },
    {
      path: 'actions[3].dueAsWritten',
      note: 'Rows dp-04 and dp-22 give "Culture & Values began May 2011 and is Ongoing": May 2011 is when the work began, not a due date, and the work has no end date. A date derived from this text (May 2011) would be a start date, not a deadline.',
    },
    {
      path: 'actions[5].dueAsWritten',
      note: 'Row dp-06 gives "EDHR Hub of Excellence - Nov 2012 and Ongoing": November 2012 for the Hub of Excellence, then ongoing.',
    },
    {
      path: 'actions[0].dueAsWritten',
      note: 'Row dp-01 gives four deadlines in one cell ("SCI - April 2013, Custody Development - 2015, EQIA re Front Offices will be completed - 18/01/2012, CST Implementation - Dec 2012"); kept as written with no single due date.',
    },
    {
      path: 'actions[6].dueAsWritten',
      note: 'Row dp-07 says WMP "will be inspected in Jan-Feb 2012" and any recommendations implemented, but its due date is "1/1/2012", before the inspection.',
    },
    {
      path: 'actions',
      note: 'The plan states no date. Rows report the August 2011 disturbances in the past tense and speak of January to March 2012 in the future tense ("will go live in Jan 2012", "Between Jan and March 2012, 350+ staff will be trained", "will be inspected in Jan-Feb 2012"), so it was written between September and December 2011. Each progress update is dated 2011-12-31, the latest day its text allows.',
    },
    {
      path: 'actions',
      note: 'The PC column says "All" on 21 of the 22 rows; it is read as all nine protected characteristics of the Equality Act 2010 (kept as written in characteristicsAsWritten). Row dp-07 says "Disability".',
    },
    // Text kept as written.
    {
      path: 'actions[3].actions',
      note: 'Row dp-04 lists the four WMP values after "Ensure that:" and runs the fourth into a fifth statement not among the strategy\'s values: "We listen, learn and strive to improveWe do the right thing and deliver a service that our friends and family would be proud of." Kept as written, as one bullet.',
    },
    {
      path: 'actions[5].progress[0].text',
      note: 'The Progress Update of row dp-06 (1.5, EDHR governance) repeats word for word that of row dp-05 (1.4: hate crime, 3rd party reporting, Stop & Search) before adding its own text; likewise row dp-20 (3.5) repeats the opening of row dp-02 (1.2). Kept as written.',
    },
    // Links between the two tables.
    {
      path: 'actions[1].staffSurveyActions',
      note: 'Rows dp-02 and dp-03 (1.2) list staff-survey actions "11, 15", but staff-survey action 11 names key action 2.2 (and row dp-09, 2.2, also lists it), while staff-survey action 16, which names key action 1.2, is listed by no delivery-plan row. Kept as written.',
    },
    {
      path: 'actions[11].staffSurveyActions',
      note: 'Row dp-12 (skills database) says "This is a staff survey action." but its staff-survey column is empty (staff-survey actions 5 and 6 recommend a database of skills). Left empty as written.',
    },
    {
      path: 'staffSurveyActions[8].keyActions',
      note: 'Staff-survey action 9 gives "3.1 3.3" and action 12 gives "3.3". These follow the delivery plan\'s numbering (plan rows 3.1 and 3.3 list them back), in which 3.3 is the EQIA row, the strategy\'s key action 3.2; in the strategy\'s numbering 3.3 is business processes and resource allocation. Kept as written.',
    },
    {
      path: 'staffSurveyActions',
      note: 'Staff-survey actions 1, 2, 3, 7, 10 and 11 refer to "attached paper" 1 to 5, which are not part of the source document.',
    },
  ],
});
