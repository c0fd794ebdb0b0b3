/**
 * The prose sections of the West Midlands Police Equality, Diversity and Human Rights Strategy,
 * as written, one string per paragraph. A bullet list is kept in the paragraph that introduces it,
 * one "- " line per bullet. Page breaks that split a sentence have been joined.
 */

export const vision =
  'Eliminate unlawful discrimination, harassment and victimisation by embedding a culture of equality and respect that puts all of our communities, staff and officers at the heart of everything we do. Working together as one we will strive to make a difference to our service delivery by mainstreaming our organisational values';

/** "This strategy supports the delivery of our priorities in a way that upholds the values of WMP". */
export const values = [
  'We put the public first in everything we do',
  'We act with integrity, fairness and humanity',
  'We are one team working together',
  'We listen, learn and strive to improve',
] as const;

export const foreword = [
  'This strategy aims to build on the progress made by WMP to improve the service we provide and ensure we are a fair and respectful employer that values its people. We have welcomed the Equality Act 2010 and are embedding the principles of fairness and equality of opportunity for all those with protected characteristics. In essence this means all people.',
  'Equality, Diversity and Human Rights (EDHR) still presents West Midlands Police (WMP) with a challenge and an opportunity. It presents us with the challenge of making our service accessible and relevant to all the people of the West Midlands whilst remaining consistent with our vision to “reduce crime and make our communities safer”. We also strive to make WMP an employer of choice for people from all backgrounds and cultures. To achieve these goals we need to have the best possible understanding of our communities and we need to have a knowledgeable and confident workforce to meet those needs. To meet this objective we aim to remove barriers to equality of opportunity in recruitment, retention and progression and to seek ways to attract people from all backgrounds to our organisation.',
  [
    'This is WMP’s opportunity to design and deliver local policing with EDHR as the cornerstone of our vision. We have placed emphasis on human rights in addition to equality because this extends protection for all people who use or are affected by our policing processes. This means in our EDHR strategy we will:',
    '- Identify the functions and policies that are relevant to equality and human rights',
    '- Explain how we are going to assess and consult on the impact of our policies',
    '- Indicate the arrangements for monitoring policies for any adverse impact on the promotion of equality and human rights',
    '- Make arrangements for publishing the results of assessments, consultation and monitoring to identify adverse impact on equality and human rights',
    '- Make sure the public has access to information and our services',
    '- Make arrangements for training staff in their duty to promote equality and human rights',
  ].join('\n'),
  'This strategy is about identifying the priorities and addressing the different needs of our staff and the communities we serve. The area we police in the West Midlands is one of the most diverse in the country covering three major cities, a number of thriving boroughs and districts, an extensive road and rail network and a very busy airport. The population we serve exceeds 3.5 million daily, with 2.6 million people residing in the West Midlands. Within this diverse region there are hundreds of existing and emerging diverse communities that impact on the way we deliver our services.',
  'Through our previous EDHR delivery plans we have already focused efforts on initiatives to improve equality with reference to service delivery and the working environment. In moving forward, we must not be complacent and we have to recognise that we can do more to improve EDHR. The priorities that we describe in this strategy have been identified following consultation and involvement with various groups including the hard to reach groups who do not traditionally engage. This has enabled us to pinpoint the areas of most relevance to inequality and human rights. There has to be a continued focus on EDHR in all of the services we provide to our communities, our neighbourhoods and for our staff.',
  'Chris Sims\nChief Constable',
];

export const introduction = [
  'WMP are committed to providing a policing service that meets the needs of all communities. Through the introduction of a clear and accountable strategy for delivering EDHR, we will strive to eliminate unlawful discrimination, harassment and victimisation by treating communities, staff and officers fairly, with dignity and respect, making sure that everyone has access to our services. It is not just about protected groups but valuing human rights, extending protection to everybody who is subject to WMP policing processes.',
  'Working together as one we will make a difference to our service delivery by mainstreaming our organisational values. Our leadership will be visible and approachable in order to tackle the issues that matter most; the delivery of this strategy is critical to giving communities confidence in our ability to listen, learn and strive to improve to meet the needs of the diverse communities we serve.',
  'This strategy sets out our diversity and equality ambitions and how we propose to serve our communities and protect them from harm, through our service delivery.',
  'This strategy will not only encompass our desire to recognise our general duties under the Equality Act 2010 but also to recognise how delivering EDHR will enhance our performance and build trust and confidence in the communities of the West Midlands.',
  [
    'This strategy describes how we will achieve our aims through a clear focus on three strategic themes, which will deliver a fair and responsive service that engages effectively with communities and builds on our organisational values and culture:',
    '- Operational and Service Delivery',
    '- People and Culture',
    '- Organisational Processes',
  ].join('\n'),
  [
    'This strategy supports the delivery of our priorities in a way that upholds the values of WMP:',
    ...values.map((v) => `- ${v}`),
  ].join('\n'),
];

export const ourJourney = [
  'WMP has maintained an ongoing commitment to eliminating discrimination and harassment, advancing equality of opportunity and fostering good relations between people with all nine protected characteristics for a number of years. This is demonstrated by the publication of our Combined Equality and Human Rights Scheme (CEHRS) from 2010-2013.',
  'This has now been replaced by our EDHR Strategy, published data and EDHR objectives. These were developed in response to our legislative duties embodied in the Equality Act 2010 and to reflect national best practice.',
  'In May 2010 WMP implemented the Equality Standard for the Police Service. This has now been replaced by our own EDHR Performance Portal, a tool that allows us to measure performance against our EDHR Objectives. It identifies in detail the actions we are taking to improve equality across all the protected characteristics. This is supported by a wide range of activity at all levels across the organisation from corporate initiatives through to innovative local projects.',
  [
    'Other developments that have taken place include:',
    '- A transformation in our approach to community engagement through our local policing teams, who work on every neighbourhood ward across the West Midlands helping to identify and respond to community priorities. We have created Reference Groups and extended our reach through Key Individual Networks to support this engagement.',
    '- We have reviewed our Equality Impact Assessment (EQIA) processes to ensure that we can meet the requirements of the Equality Act 2010. We recognise that evidencing to communities how we consider EDHR implications on service delivery is the right thing to do. The purpose of an EQIA is to assess and consult on the likely impact of functions and policies on service users but particularly on protected groups. WMP function extends to corporate and local policy, corporate and local projects, operations and investigations that have a direct impact on the communities we serve.',
    '- We have developed a hub of excellence to support and advise WMP on all EDHR issues, keeping the organisation up-to-date with any EDHR changes that will affect our policies and policing style. The hub achieves the delivery of EDHR through the co-ordination of the Staff Support Associations (SSAs), Diversity Champions and Local Policing Unit hubs of excellence.',
    '- We have reviewed our relationship with the SSAs to ensure a more consistent approach to delivery across the organisation. The SSA members have personal and professional experience of the disadvantages that protected individuals and groups face and can act as catalysts for improvement and change. The Support Associations include Disability and Carers Network, Black and Asian Police Association (BAPA), LGBT network, West Midlands Association for Women in Policing (WMAWP), Religion and Belief Group, West Midlands Association of Muslim Police (AMP), Christian Police Network and the Sikh Association.',
    '- Each Local Policing Unit and department now has a nominated Diversity Champion, who is either a senior police officer (Superintendent) or police staff equivalent. The role of the Diversity Champion is to support the implementation of WMP Equality Strategy at a local level.',
  ].join('\n'),
];

/** The "Strategic Themes" section before the three theme pages; the AIMS are on the themes. */
export const strategicThemes = [
  'This strategy outlines three themes which provide the framework for improving performance, delivering positive equality outcomes and ensuring legal compliance.',
  'Operational/service delivery\nDelivering services that are easy to access and that respond to and meet the diverse needs of the people we serve. Enhancing our engagement with all communities by listening, learning and striving to improve.',
  'People and culture\nBuilding and developing a talented workforce and working culture that promotes mutual respect and teamwork. Building a working environment that includes everyone and that encourages all staff to develop and make progress.',
  "Organisational processes\nBuilding equality into the organisation's processes, to ensure that we deliver a fair, transparent and cost effective service to the communities of the West Midlands.",
  'To ensure accountability at the highest levels of the organisation, the ACC Local Policing will take overall strategic responsibility, with an ACPO-ranked officer or member of police staff taking responsibility for each of the themes, reporting on progress through the EDHR Strategy Board.',
  'These three themes mirror the College of Policing strategic approach and are also the key themes embedded in the Equality Improvement Model.',
];

/** "EDHR Strategic Governance and Interdependencies". */
export const governanceSection = [
  'A robust governance structure will oversee the delivery of this strategy and our work to improve diversity and equality performance. This will be supported by Senior Leadership through the EDHR Strategic Board and the EDHR Programme Board. We will have oversight and be able to co-ordinate action plans at both LPU and departmental level through the range of diversity forums and other mechanisms available to us. We will be able to ensure that EDHR is integrated into corporate and local business planning and review mechanisms. Individuals at all levels will be held to account for their actions through our performance review framework. At all levels our work will be informed by consultation and engagement with communities and our staff.',
];

export const conclusion = [
  'Our overall vision is to serve our communities and protect them from harm. We do this by policing your area with local teams, but we also have to protect you from more serious threats.',
  'The West Midlands has a culturally diverse community; this strategy describes our commitment to the issues of equality, diversity and human rights that we face when policing the needs and concerns of those local communities and outlines our aims for the coming years. While we are pleased with the progress we have made to date, we are not complacent and recognise that there is still more to be done. In developing this strategy we have listened to the communities we serve and the people we work with, we will continue to listen, learn and strive to improve in the way we respond to the issues that are raised. It is only by getting these things right that we will improve trust and confidence in WMP.',
  'For further information or to find out more about this strategy visit:\nwww.west-midlands.police.uk',
  'WMP officers and staff can find out more by visiting the EDHR Hub intranet site.',
];

/** Appendix 1 prose around the duties; the duties themselves are in `duties.ts`. */
export const appendixEqualityAct = [
  'The Equality Act 2010 brings together all previous equality legislation, including a new public equality duty replacing the separate duties related to race, disability and gender equality.',
  'In order to ensure that an organisation effectively carries out its duty under the Act there are a number of ‘specific duties’ they must adhere to. These are straightforward and non-bureaucratic, aimed to ensure that the organisation is open and transparent and accountable to their service users and workforce.',
  'WMP will ensure that it takes all reasonable steps to apply the legislative requirements of the Act and ensure that its workforce understand their responsibilities.',
];

/** All prose in document order: Foreword, Introduction, Our Journey, Strategic Themes, Governance, Conclusion, Appendix 1. */
export const introductionParagraphs: string[] = [
  ...foreword,
  ...introduction,
  ...ourJourney,
  ...strategicThemes,
  ...governanceSection,
  ...conclusion,
  ...appendixEqualityAct,
];
