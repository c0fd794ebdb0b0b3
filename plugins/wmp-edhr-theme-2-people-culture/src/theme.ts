import { keyActions, PROPOSED, type ThemeInput } from '@edhr/plugin-wmp-edhr-strategy/authoring';

/**
 * Strategic theme "People and Culture" as the strategy writes it: its AIMS and its key actions ("Strategic
 * Priorities – Key Actions"); KPIs the strategy does not state but the theme implies are `proposed`.
 * `lead` is unset: the strategy says "an ACPO-ranked officer or member of police staff" takes
 * responsibility for each theme but names none.
 */
export const theme: ThemeInput = {
  key: 'people-culture',
  name: 'People and Culture',
  domain: 'people-culture',
  code: '2',
  aims: [
    'We will develop an organisational culture that is inclusive and recognises, respects and values diversity. We will do more to equip our staff so they have the confidence and access to a broader range of skills and experience to deal with issues of EDHR in a professional way, treating people fairly and with respect. We will continue our work to make us more reflective of the communities we serve enhancing trust and confidence. Through transparent and effective resolution procedures we will strive to reduce absences from work, grievances and complaints and increase staff satisfaction and improve public confidence.',
  ],
  objectives: keyActions(2, 'pc', [
    "Develop a culture within the police service that includes everyone and recognises, respects and values people's background, skills and contribution",
    'Ensure that the working environment is inclusive and encourages the development of our entire workforce',
    'Ensure we provide equality of opportunity for all people, particularly those with protected characteristics, in our recruitment, retention and development processes',
    'Make sure arrangements to reward and recognise achievement promote equality, diversity and human rights',
    'Make sure the public and the workforce have confidence in our professional standards and misconduct procedures',
    'Ensure that our culture and values are at the heart of everything we do',
  ]),
  kpis: [
    {
      key: 'pc-kpi-ethnicity-non-disclosure',
      name: 'Share of the workforce not disclosing their ethnicity',
      description:
        'Proposed from staff-survey action 13 ("The % of colleagues who "prefer not to say" in relation to personal characteristics was felt to be disappointing") and key action 2.6. ' +
        'Not stated, prefer not to say and not recorded, as a share of the latest workforce snapshot, measured through the people-culture disclosure rate.',
      unit: 'ratio',
      direction: 'down',
      objective: 'pc-ka-6',
      characteristics: ['RACE'],
      status: 'proposed',
      frequency: 'annually',
      measuredBy: {
        kind: 'query',
        query: '{ disclosureRate(organisation: "west-midlands-police", characteristic: "RACE") { value } }',
        selector: 'disclosureRate.value',
      },
    },
    {
      key: 'pc-kpi-staff-satisfaction',
      name: 'Staff satisfaction',
      description:
        'Proposed from the People and Culture AIMS: "... we will strive to reduce absences from work, grievances and complaints and increase staff satisfaction ..." The strategy names no measure, baseline or target.',
      unit: 'percent',
      direction: 'up',
      ...PROPOSED,
    },
    {
      key: 'pc-kpi-grievances',
      name: 'Grievances',
      description:
        'Proposed from the People and Culture AIMS: "Through transparent and effective resolution procedures we will strive to reduce absences from work, grievances and complaints ..." The strategy names no measure, baseline or target.',
      unit: 'count',
      direction: 'down',
      ...PROPOSED,
    },
  ],
};
