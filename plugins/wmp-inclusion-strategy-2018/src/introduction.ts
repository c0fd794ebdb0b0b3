/**
 * The slides of the document that carry no goal, plan row, module, figure or governance body
 * of their own, in the document's order, one entry per slide (or per column where a slide
 * sets two side by side). Words are as written; line breaks and "- " bullets follow the source.
 * Markdown emphasis and link markup from the text export are not kept (the words are).
 */
export const introduction: string[] = [
  // Cover (the closing slide repeats it).
  'Inclusion starts from the inside out',

  [
    'Policing context around D & I is unique',
    '- Strong legacy of race based issues often negatively affecting perceptions of Diversity and Inclusion',
    '- Colleagues who join and stay in the same organisation for life. Officers are employed by the Queen',
    '- In WMP we have approximately 6600 Officers and 3500 Police staff on very different terms and conditions',
    '- Professional HR still very much in its infancy within Policing, WMP are leading the way',
    '- Many of the HR processes D & I would normally rely upon are still being developed',
    '- Policing has a very strong Union who represent Officers, The Police Federation.',
    "- All 43 Forces are independent and led by PCC's of various political persuasions. This makes consistency of approach very difficult to implement",
    '- Very important to start the journey from where the organisation is, not where I would like it to be',
  ].join('\n'),

  [
    'Public sector',
    '- Diversity',
    '- BAME focus',
    '- Equality duty driver',
    '- Often basic HR processes',
    '- Convince colleagues',
    '- One dimensional approach internally focussed e.g. Training',
    '- D & I/HR owned (junior role)',
  ].join('\n'),

  [
    'Private sector',
    '- Inclusion',
    '- Multi strand focus',
    '- Business case driver',
    '- Often sophisticated HR processes',
    '- Process driven e.g. Performance framework',
    '- Systemic approach covering internal and external dimensions. Change approach',
    '- Organisational ownership (Senior D & I lead)',
  ].join('\n'),

  [
    'Business case for D & I in WMP',
    '',
    'Attract, retain and develop the best talent',
    '- BAME colleagues our biggest opportunity',
    '- 12 % of organisation',
    '- 30% of the community',
    '- 42% of Birmingham',
    '- Officers - 2 at Ch. Supt / 22 at Insp / 9 at Ch. Inps / 88 at Sgt/0 at Acc/1 at Supt.',
    '- Staff - Band C lower -196/Band E-12/Band E lower-6/Chief Officer & CO -1, MB1-5',
    '',
    'Fairness and legitimacy for colleagues',
    '- LGBT colleagues are less likely to be open in WMP.',
    '- Colleagues with disabilities are less likely to disclose.',
    '- Flexible working is massively variable, largely dependant on Line Manager. Agility a real opportunity',
    '- West Midlands has a higher proportion of young people',
    '- Birmingham is the third most deprived City in England (Sparkbrook, Washwood Heath, Aston)',
    '',
    'Fairness and legitimacy for the West Midlands community',
    '- BAME communities more likely to comply with law if they view police as legitimate.',
    '- Assumed link between BAME representation and legitimacy',
    '- “What police say the way they say it and the manner in which people interpret the encounter lies at the heart of the procedural justice dialogue”',
  ].join('\n'),

  'We must change the conversation from Diversity to Inclusion',

  [
    'What is Diversity',
    'Diversity means all the ways we differ. It includes visible differences such as Age, gender, ethnicity and disability, as well as Invisible differences such as thinking styles, sexuality and nationality. It recognises that all these characteristics interact and influence our sense of identity and how we behave and make us each the unique people we are',
  ].join('\n'),

  [
    'What is Inclusion',
    'Inclusion is about valuing and respecting our differences and so creating a welcoming and productive environment for diverse colleagues to flourish. It is this richness of colleagues ideas backgrounds and perspectives that enables organisational success by allowing us to fully understand and respond to the needs of diverse communities',
  ].join('\n'),

  [
    'Every step on the journey is important because we must take people with us',
    '“If you want to go fast, go alone.”',
    '“If you want to go far, go together.”',
    'African proverb',
    '',
    // A press headline the slide reproduces.
    "West Midlands Police accused of discriminating against white male officers in 'promotion blocking' row",
    'Claims promotion process gave women and ethnic minority candidates a better chance',
    'Birmingham Mail Nov 2018',
  ].join('\n'),

  [
    'In the context of a highly sensitive and political national mood',
    '',
    // A press article the slide reproduces.
    "Cash-strapped police force is slammed for spending £1,500 on a 'white privilege' lecture for staff",
    '- West Midlands Police says it needs £40million to pay for an extra 500 officers',
    "- They paid Dr Robert Beckford £1,500 to teach on 'whiteness' and 'white identity'",
    '- Taxpayers Alliance slammed the force for not using resources wisely',
    'By Claire Duffin For The Daily Mail',
    'Published: 01:49, 14 December 2018 | Updated: 01:50, 14 December 2018',
  ].join('\n'),

  // Page footer (it appears twice in the document).
  ['Preventing crime, protecting the public and helping those in need', 'www.west-midlands.police.uk'].join('\n'),

  // A slide that holds only this link.
  'https://es-one-stop-shop.custhelp.com/app/hubs/diversity/home',

  [
    'D & I Strategy 2018 – 2021 - Inclusion from the inside out',
    'Our ambitions',
    '- Building trust and confidence in our police',
    '- Strengthening communities and growing the economy',
    '- Making better use of our people resources',
    '- Protecting people from harm',
  ].join('\n'),

  // Heading of the three-year plan (its rows are the plan objectives).
  'Our plan will embed D & I within BAU activity in 3 – 5 years',

  // Heading and instructions of the learning-modules slide (the modules are objectives).
  [
    'Diversity and Inclusion learning modules',
    'To view the below courses please ensure are using Goggle Chrome',
    'Choose a course below for more information',
  ].join('\n'),

  // The governance slide (its bodies are also listed under governance).
  [
    'In a compliance based model Governance is essential',
    '- D & I Governance board with sub groups to drive strategy',
    '- Executive sponsors for each strand of activity',
    '- D & I Champions in place to support organisational learning',
    '- Departmental plans led by local senior leadership',
    '- Departmental plans report into D & I governance board and will be independently assessed.',
  ].join('\n'),
];
