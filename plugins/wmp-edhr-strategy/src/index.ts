import { definePlugin } from '@edhr/plugin-sdk';
import { duties } from './duties';
import { governance } from './governance';
import { introductionParagraphs, values, vision } from './introduction';
import { themes } from './themes';

/**
 * West Midlands Police, Equality, Diversity and Human Rights Strategy — transcribed whole:
 * vision, values, prose sections, the three strategic themes with their AIMS and key actions,
 * the governance it describes and the Equality Act duties of Appendix 1.
 */
export default definePlugin({
  id: 'wmp-edhr-strategy',
  version: '1.1.0',
  name: 'West Midlands Police Equality, Diversity and Human Rights Strategy',
  description:
    'The WMP EDHR Strategy: EDHR vision, the four WMP values, three strategic themes (Operational/Service Delivery, People and Culture, Organisational Processes) with their aims and 5/6/5 key actions, EDHR governance (ACC Local Policing, theme leads, EDHR Strategic and Programme Boards, Diversity Champions, eight Staff Support Associations) and the Equality Act 2010 duties restated in Appendix 1.',
  source: {
    title: 'Equality, Diversity and Human Rights Strategy',
    publisher: 'West Midlands Police',
  },
  organisation: {
    key: 'west-midlands-police',
    name: 'West Midlands Police',
    kind: 'police-force',
    areaCode: 'E23000014',
  },
  strategy: {
    key: 'wmp-edhr-strategy',
    title: 'Equality, Diversity and Human Rights Strategy',
    vision,
    values: values.map((name) => ({ name })),
    introduction: introductionParagraphs,
  },
  themes,
  governance,
  duties,
  sourceDiscrepancies: [
    {
      path: 'duties[3].requirement',
      note: 'Appendix 1 says "The relevant eight protected characteristics are age, disability, gender reassignment, pregnancy and maternity, race, religion or belief, sex and sexual orientation" and that the general duty "extends protection to eight protected characteristics", while Our Journey speaks of "all nine protected characteristics". The Equality Act 2010 has nine: the ninth, marriage and civil partnership, is covered by only part of the general duty (the need to eliminate discrimination, harassment and victimisation). Kept as written.',
    },
    {
      path: 'governance[1].name',
      note: 'The Strategic Themes section says the theme leads report on progress "through the EDHR Strategy Board"; the governance section names an "EDHR Strategic Board" (beside the EDHR Programme Board). Taken to be one body, recorded once as "EDHR Strategic Board"; the theme leads report to it.',
    },
    {
      path: 'themes[0].lead',
      note: 'The strategy says "an ACPO-ranked officer or member of police staff" takes responsibility for each of the three themes but names none, so no theme has a lead; each theme lead is recorded as an unnamed governance role (governance[3] to governance[5]).',
    },
    {
      path: 'themes[0].name',
      note: 'The first theme is written "Operational and Service Delivery" in the Introduction, "Operational/service delivery" in the Strategic Themes section and "Operational/Service Delivery" on its theme page; named as on the theme page.',
    },
    {
      path: 'strategy.vision',
      note: 'The document states three visions: the Foreword quotes "our vision to “reduce crime and make our communities safer”", the page headed "West Midlands Police EDHR Vision" gives the vision recorded here, and the Conclusion says "Our overall vision is to serve our communities and protect them from harm". The EDHR Vision is recorded as the strategy vision; the other two remain in the introduction paragraphs.',
    },
  ],
});
