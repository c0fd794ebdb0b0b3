import { keyActions, PROPOSED, type ThemeInput } from '@edhr/plugin-wmp-edhr-strategy/authoring';

/**
 * Strategic theme "Operational/Service Delivery" as the strategy writes it: its AIMS and its key actions ("Strategic
 * Priorities – Key Actions"); KPIs the strategy does not state but the theme implies are `proposed`.
 * `lead` is unset: the strategy says "an ACPO-ranked officer or member of police staff" takes
 * responsibility for each theme but names none.
 */
export const theme: ThemeInput = {
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
      ...PROPOSED,
    },
    {
      key: 'sd-kpi-public-trust-confidence',
      name: 'Public trust and confidence in our service delivery',
      description:
        'Proposed from the Operational/Service Delivery AIMS: "... improve public trust and confidence in our service delivery." The strategy names no measure, baseline or target.',
      unit: 'percent',
      direction: 'up',
      ...PROPOSED,
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
};
