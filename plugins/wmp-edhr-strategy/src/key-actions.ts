import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ThemeInput = NonNullable<PluginManifestInput['themes']>[number];
type ObjectiveInput = NonNullable<ThemeInput['objectives']>[number];

/**
 * The strategy numbers each theme's key actions 1, 2, 3 ... under "Strategic Priorities – Key Actions".
 * An objective's `code` is "<theme number>.<position in that list>" (e.g. "2.3" is People and Culture,
 * key action 3): the form the EDHR Programme Board Delivery Plan uses in its "Strategic Theme action"
 * column, so delivery-plan rows resolve against these codes.
 */
function keyActions(themeNumber: number, keyPrefix: string, statements: readonly string[]): ObjectiveInput[] {
  return statements.map((statement, i) => ({
    key: `${keyPrefix}-ka-${i + 1}`,
    code: `${themeNumber}.${i + 1}`,
    kind: 'key-action',
    statement,
    source: { location: `Strategic Theme ${themeNumber}, Strategic Priorities – Key Actions, item ${i + 1}` },
  }));
}

/** KPIs the strategy does not state but its AIMS imply; each is marked `proposed` and measured by hand. */
const proposed = { status: 'proposed', measuredBy: { kind: 'manual' }, frequency: 'annually' } as const;

/**
 * `lead` is left unset on every theme: the strategy says "an ACPO-ranked officer or member of police
 * staff" takes responsibility for each theme but names none (see governance and sourceDiscrepancies).
 */
export const themes: ThemeInput[] = [
  {
    key: 'service-delivery',
    name: 'Operational/Service Delivery',
    domain: 'service-delivery',
    code: '1',
    aims: [
      "We aim to build stronger and more trusting relationships with communities to ensure we gain greater co-operation and improve public trust and confidence in our service delivery. We will improve the public's perceptions that the police will treat them fairly, with dignity and respect. We will work to understand and tackle community priorities. We will provide a service that sees more offenders brought to justice and a reduction in crime and fear of crime.",
    ],
    objectives: keyActions(1, 'sd', [
      'Deliver services that respond to the needs of the community and are easily accessible to all',
      'Encourage stronger and more co-operative relationships with partners and communities',
      'Ensure that our culture and values are at the heart of everything we do',
      'Identify services and strategies that may have a disproportionate effect on service users, particularly protected groups, and take action to tackle any negative effects or results',
      'Build equality, diversity and human rights into our service delivery at all levels',
    ]),
    kpis: [
      {
        key: 'sd-kpi-fair-treatment',
        name: 'Public perception that the police treat them fairly, with dignity and respect',
        description:
          "Proposed from the Operational/Service Delivery AIMS: \"We will improve the public's perceptions that the police will treat them fairly, with dignity and respect.\" The strategy names no measure, baseline or target.",
        unit: 'percent',
        direction: 'up',
        ...proposed,
      },
      {
        key: 'sd-kpi-public-trust-confidence',
        name: 'Public trust and confidence in our service delivery',
        description:
          'Proposed from the Operational/Service Delivery AIMS: "... improve public trust and confidence in our service delivery." The strategy names no measure, baseline or target.',
        unit: 'percent',
        direction: 'up',
        ...proposed,
      },
      {
        key: 'sd-kpi-stop-search-rrr-black',
        name: 'Stop and search relative rate ratio, Black to White residents (West Midlands police force area)',
        description:
          'Proposed from key action 1.4: "Identify services and strategies that may have a disproportionate effect on service users, particularly protected groups". ' +
          "Searches per 1,000 Black residents divided by searches per 1,000 White residents (Census 2021 populations), measured from the force's imported stop-and-search records through the public disparity API. 1 is parity.",
        unit: 'ratio',
        direction: 'down',
        objective: 'sd-ka-4',
        target: { value: 1 },
        characteristics: ['RACE'],
        status: 'proposed',
        frequency: 'monthly',
        measuredBy: {
          kind: 'query',
          query:
            'query StopSearchDisparity($period: String!) { disparity(dataset: "stop-search", characteristic: "RACE", reference: "WHITE", area: "E23000014", period: $period) { rows { category ratio { value } } } }',
          selector: 'disparity.rows.category=BLACK.ratio.value',
        },
      },
    ],
  },
  {
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
        ...proposed,
      },
      {
        key: 'pc-kpi-grievances',
        name: 'Grievances',
        description:
          'Proposed from the People and Culture AIMS: "Through transparent and effective resolution procedures we will strive to reduce absences from work, grievances and complaints ..." The strategy names no measure, baseline or target.',
        unit: 'count',
        direction: 'down',
        ...proposed,
      },
    ],
  },
  {
    key: 'organisational-processes',
    name: 'Organisational Processes',
    domain: 'organisational-processes',
    code: '3',
    aims: [
      'We will ensure there is visible leadership across WMP, ensuring that robust performance management processes and, where necessary, targets are in place to hold managers to account and deliver improvements in a cost-effective way with improved decision-making. We will review and strengthen organisational governance of EDHR across all areas of our business to ensure it delivers against the EDHR strategy.',
    ],
    objectives: keyActions(3, 'op', [
      'Ensure EDHR issues are included within WMP performance management framework',
      'Improve our approach to conducting equality impact assessments, not only to fulfil our legislative requirements but also build equality into our processes for managing performance',
      'Make sure that processes for managing business and allocating resources promote equality',
      'Make sure we act openly and can be held to account, by consulting and including our communities and communicating effectively with them',
      'Ensure that our culture and values are at the heart of everything we do',
    ]),
  },
];
