import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ThemeInput = NonNullable<PluginManifestInput['themes']>[number];
type ObjectiveInput = NonNullable<ThemeInput['objectives']>[number];
type Characteristic = NonNullable<ObjectiveInput['characteristics']>[number];

/** All nine protected characteristics, for the commitment that names them. */
const NINE_PROTECTED_CHARACTERISTICS: Characteristic[] = [
  'AGE',
  'DISABILITY',
  'GENDER_REASSIGNMENT',
  'MARRIAGE_AND_CIVIL_PARTNERSHIP',
  'PREGNANCY_AND_MATERNITY',
  'RACE',
  'RELIGION_OR_BELIEF',
  'SEX',
  'SEXUAL_ORIENTATION',
];

interface CommitmentText {
  text: string;
  characteristics?: Characteristic[];
}

interface Area {
  /** Key segment for the area, unique within its pillar. */
  slug: string;
  /** The area heading, as written. */
  heading: string;
  /** The commitments listed under the heading, in order, as written. */
  commitments: (string | CommitmentText)[];
}

/**
 * One area becomes an objective of kind `area`; each of its bullet points becomes an
 * objective of kind `commitment` whose parent is that area. The source numbers neither,
 * so no `code` is set; keys are `<pillar>.<area>` and `<pillar>.<area>.<position>`.
 */
function areaObjectives(pillarKey: string, pillarName: string, areas: Area[]): ObjectiveInput[] {
  return areas.flatMap((area) => {
    const areaKey = `${pillarKey}.${area.slug}`;
    const location = `${pillarName} – ${area.heading}`;
    const areaObjective: ObjectiveInput = {
      key: areaKey,
      kind: 'area',
      title: area.heading,
      statement: area.heading,
      source: { location },
    };
    const commitments = area.commitments.map((c, i): ObjectiveInput => {
      const { text, characteristics } = typeof c === 'string' ? { text: c, characteristics: undefined } : c;
      return {
        key: `${areaKey}.${i + 1}`,
        kind: 'commitment',
        statement: text,
        parent: areaKey,
        ...(characteristics ? { characteristics } : {}),
        source: { location },
      };
    });
    return [areaObjective, ...commitments];
  });
}

export const ourPeople: ThemeInput = {
  key: 'our-people',
  name: 'Our People',
  domain: 'people-culture',
  aims: [
    'We will develop a fair, equitable, and inclusive culture where everyone is encouraged to express themselves freely. We will enhance our ability to attract and retain a diverse workforce that reflects the communities we serve. Our goal is to harness the potential of all under-represented individuals in our organisation, facilitating their development and progression to ensure that our workforce at every level is a true reflection of the communities we serve.',
  ],
  lead: 'Rachel Hartland-Lane, Director of Business Services.',
  objectives: areaObjectives('people', 'Our People', [
    {
      slug: 'developing-our-workforce',
      heading: 'Developing our workforce',
      commitments: [
        'We will develop all our workforce, so they have a strong awareness of how equality, diversity and inclusion supports us to achieve a positive, dynamic working culture.',
        'We will develop talent processes that are fair, consistent, and transparent.',
        'We will enable under-represented groups to access support to help enhance their development and retention through positive action support.',
      ],
    },
    {
      slug: 'understanding-our-workforce',
      heading: 'Understanding our workforce',
      commitments: [
        'We will make our organisation as transparent as possible and encourage scrutiny of our activities by staff networks, Independent Advisory Groups, and other stakeholders.',
        'We will improve our understanding of the makeup of our workforce by putting systems in place to better analyse equality and understand disparities.',
        'We will address under-representation and disproportionality through innovative recruitment, retention, and progression strategies.',
      ],
    },
    {
      slug: 'developing-a-fair-and-inclusive-culture',
      heading: 'Developing a fair and inclusive culture',
      commitments: [
        'Develop leaders who are visible and ensure our culture aligns to the vision and values of West Mercia Police. Our leaders commit to listening and providing a platform for our workforce to share their concerns.',
        'We will learn from each other, fostering an inclusive environment that encourages authenticity, challenges discrimination, and promotes our goal of becoming an anti-racist organisation.',
        'We will support our workforce to continually learn and develop their understanding of diversity, equality and inclusion by providing learning interventions.',
      ],
    },
  ]),
  kpis: [
    {
      key: 'workforce-representation-ratio',
      name: 'Workforce representation ratio by protected characteristic',
      description:
        "Share of officers and police staff from an under-represented group divided by that group's share of the population served (1.0 = the workforce reflects the community). Proposed from the commitment to address under-representation and the aim of a workforce that, at every level, is a true reflection of the communities we serve.",
      unit: 'ratio',
      direction: 'up',
      objective: 'people.understanding-our-workforce.3',
      status: 'proposed',
      measuredBy: { kind: 'manual' },
    },
  ],
};

export const ourCommunities: ThemeInput = {
  key: 'our-communities',
  name: 'Our Communities',
  domain: 'service-delivery',
  aims: [
    'We will better understand the identities, history and needs of our communities through better collection and analysis of data and information across core strands of diversity. We will develop effective engagement strategies that enable interaction with all communities, fostering strong relationships that build trust and confidence. We will ensure our values and code of ethics are embedded in all our interactions. We will increase public confidence by being fair, proportionate, transparent, and accountable.',
  ],
  lead: 'Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.',
  objectives: areaObjectives('communities', 'Our Communities', [
    {
      slug: 'engagement-and-good-relations',
      heading: 'Engagement and good relations',
      commitments: [
        'We will equip our workforce with the skills to engage with our diverse communities utilising improved communications channels.',
        "We will develop bespoke engagement plans, designed with communities' reciprocal help to ensure they reflect any cultural, religious, or specific needs or concerns they have.",
        'We will work with our communities to shape the future of policing, understanding that a diverse voice comes from wide ranging approaches to engagement. Utilising our Independent Advisory Groups.',
      ],
    },
    {
      slug: 'understanding-our-communities',
      heading: 'Understanding our communities',
      commitments: [
        'We will develop data sets to enhance our understanding of our communities.',
        'We will develop innovative ways to better understand the experiences of our communities and be responsive to changes within communities.',
        'We will equip our officers and police staff with the knowledge to understand the historic relationship between our communities and policing.',
      ],
    },
    {
      slug: 'increasing-confidence',
      heading: 'Increasing confidence',
      commitments: [
        'We will deal effectively with all reported hate crimes and incidents, recognising that failure to do so has a detrimental impact on the confidence of those communities.',
        'We will be open to scrutiny of our use of coercive powers and use the insight to help us learn and improve.',
        'We will ensure the code of ethics is embedded in all that we do and is pivotal in our interactions with those we come in contact with.',
      ],
    },
  ]),
  kpis: [
    {
      key: 'stop-search-rrr-ethnicity',
      name: 'Stop and search relative rate ratio by ethnicity',
      description:
        'Rate of stop and search per 1,000 population for an ethnic group divided by the rate for the White group. Proposed from the commitment to be open to scrutiny of coercive powers and the equality objective inviting scrutiny of stop and search procedures.',
      unit: 'ratio',
      direction: 'down',
      objective: 'communities.increasing-confidence.2',
      status: 'proposed',
      measuredBy: { kind: 'manual' },
      characteristics: ['RACE'],
    },
    {
      key: 'hate-crime-positive-outcome-rate',
      name: 'Reported hate crimes with a positive outcome',
      description:
        'Share of reported hate crimes closed with a positive outcome, by protected characteristic targeted. Proposed from the commitment to deal effectively with all reported hate crimes and incidents.',
      unit: 'percent',
      direction: 'up',
      objective: 'communities.increasing-confidence.1',
      status: 'proposed',
      measuredBy: { kind: 'manual' },
    },
  ],
};

export const ourPartners: ThemeInput = {
  key: 'our-partners',
  name: 'Our Partners',
  domain: 'partners',
  aims: [
    'We will work with our internal and external partners to understand and tackle disparities and increase trust and confidence.',
  ],
  lead: 'Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.',
  objectives: areaObjectives('partners', 'Our Partners', [
    {
      slug: 'understand-partnership-landscape',
      heading: 'Understand partnership landscape',
      commitments: [
        {
          text: 'We will work with partners to put in place systems that enable the collection, collation and analysis of data and information to identify disparity in service delivery across the nine protected characteristics.',
          characteristics: NINE_PROTECTED_CHARACTERISTICS,
        },
        'We will routinely undertake Equality Impact Assessments to identify and tackle the causes of disparities.',
        'We will develop a plan to enable us to work more effectively with our partners and develop joint strategies that enable a whole systems approach towards service provision and tackling disparity.',
      ],
    },
    {
      slug: 'criminal-justice',
      heading: 'Criminal Justice',
      commitments: [
        'We will work with our partners to develop strategies that provide effective public services in our communities, particularly for those who are vulnerable to crime and involvement with the criminal justice system.',
        'We will work to understand areas of the criminal justice system that disproportionately affect our communities.',
        'Where disparity exists we will explain it or reform.',
      ],
    },
    {
      slug: 'internal-and-external-partnership',
      heading: 'Internal and external partnership',
      commitments: [
        'We will engage actively with partnership work ensuring those communities who are most at risk of harm, such as hate crime, are safeguarded, and protected.',
      ],
    },
  ]),
};
