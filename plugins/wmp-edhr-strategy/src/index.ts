import { definePlugin } from '@edhr/plugin-sdk';
import { duties } from './duties';
import { governance } from './governance';
import { introductionParagraphs, values, vision } from './introduction';
import { WEST_MIDLANDS_POLICE } from './authoring';

/**
 * West Midlands Police, Equality, Diversity and Human Rights Strategy: vision, values, prose
 * sections, the governance it describes and the Equality Act duties of Appendix 1. Each of its three
 * strategic themes is a plugin of its own that extends this strategy (`wmp-edhr-theme-1-service-delivery`,
 * `wmp-edhr-theme-2-people-culture`, `wmp-edhr-theme-3-organisational-processes`), so a theme is
 * upgraded or disabled without touching the others.
 */
export default definePlugin({
  id: 'wmp-edhr-strategy',
  version: '2.0.0',
  name: 'West Midlands Police Equality, Diversity and Human Rights Strategy',
  description:
    'The WMP EDHR Strategy: EDHR vision, the four WMP values, EDHR governance (ACC Local Policing, theme leads, EDHR Strategic and Programme Boards, Diversity Champions, eight Staff Support Associations) and the Equality Act 2010 duties restated in Appendix 1. Its three strategic themes (Operational/Service Delivery, People and Culture, Organisational Processes), with their aims, 5/6/5 key actions, KPIs and delivery-plan rows, are the plugins wmp-edhr-theme-1-service-delivery, wmp-edhr-theme-2-people-culture and wmp-edhr-theme-3-organisational-processes.',
  source: {
    title: 'Equality, Diversity and Human Rights Strategy',
    publisher: 'West Midlands Police',
  },
  organisation: WEST_MIDLANDS_POLICE,
  strategy: {
    key: 'wmp-edhr-strategy',
    title: 'Equality, Diversity and Human Rights Strategy',
    vision,
    values: values.map((name) => ({ name })),
    introduction: introductionParagraphs,
  },
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
      path: 'governance[3]',
      note: 'The strategy says "an ACPO-ranked officer or member of police staff" takes responsibility for each of the three themes but names none, so no theme (in the three theme plugins) has a lead; each theme lead is recorded as an unnamed governance role (governance[3] to governance[5]).',
    },
    {
      path: 'strategy.vision',
      note: 'The document states three visions: the Foreword quotes "our vision to “reduce crime and make our communities safer”", the page headed "West Midlands Police EDHR Vision" gives the vision recorded here, and the Conclusion says "Our overall vision is to serve our communities and protect them from harm". The EDHR Vision is recorded as the strategy vision; the other two remain in the introduction paragraphs.',
    },
  ],
});
