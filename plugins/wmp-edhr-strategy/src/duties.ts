import type { PluginManifestInput } from '@edhr/plugin-sdk';

type DutyInput = NonNullable<PluginManifestInput['duties']>[number];

const dueRegard =
  'WMP is subject to the public sector equality duty as a listed public sector organisation in the Act, and must in the exercise of functions have “due regard” to the need to:';

/**
 * Appendix 1 – The Equality Act: the general duty's three aims, the characteristics it covers
 * (as written: "eight"; see sourceDiscrepancies) and the specific duties, in document order.
 */
export const duties: DutyInput[] = [
  {
    key: 'psed-eliminate-discrimination',
    name: 'Public sector equality duty (general duty): eliminate discrimination',
    requirement: `${dueRegard}\n- Eliminate discrimination, harassment, victimisation and any other conduct that is prohibited by or under the Equality Act 2010`,
  },
  {
    key: 'psed-advance-equality-of-opportunity',
    name: 'Public sector equality duty (general duty): advance equality of opportunity',
    requirement: `${dueRegard}\n- Advance equality of opportunity between persons who share a relevant protected characteristic and persons who do not share it`,
  },
  {
    key: 'psed-foster-good-relations',
    name: 'Public sector equality duty (general duty): foster good relations',
    requirement: `${dueRegard}\n- Foster good relations between persons who share a relevant protected characteristic and persons who do not share it`,
  },
  {
    key: 'psed-protected-characteristics',
    name: 'Public sector equality duty (general duty): protected characteristics',
    requirement:
      'The relevant eight protected characteristics are age, disability, gender reassignment, pregnancy and maternity, race, religion or belief, sex and sexual orientation.\nThe Act outlines all the responsibilities an organisation must demonstrate in relation to the protected groups. Although most of the responsibilities are not new and were found in previous legislation, the above general duty extends protection to eight protected characteristics and the legislation further extends protection in certain areas.',
  },
  {
    key: 'publish-equality-information',
    name: 'Specific duty: publish equality information',
    requirement: [
      'A public authority must publish information to demonstrate its compliance with the duty. The information must be published:',
      '(a) not later than 31st January 2012; and',
      '(b) subsequently at intervals of not greater than one year beginning with the date of last publication.',
      'The information a public authority publishes must include, in particular, information relating to persons who share a relevant protected characteristic who are:',
      '(a) its employees;',
      '(b) other persons affected by its policies and practices.',
    ].join('\n'),
    frequency: 'at intervals of not greater than one year',
  },
  {
    key: 'publish-equality-objectives',
    name: 'Specific duty: prepare and publish equality objectives',
    requirement: [
      'A public authority must prepare and publish one or more objectives it thinks it should achieve to comply with the public sector equality duty. The objectives must be published:',
      '(a) not later than 6th April 2012; and',
      '(b) subsequently at intervals of not greater than four years beginning with the date of last publication.',
    ].join('\n'),
    frequency: 'at intervals of not greater than four years',
  },
  {
    key: 'objectives-specific-and-measurable',
    name: 'Specific duty: objectives specific and measurable',
    requirement: 'An objective published by a public authority must be specific and measurable.',
  },
  {
    key: 'publish-accessibly',
    name: 'Specific duty: publish information accessibly',
    requirement:
      'A public authority listed must publish the information referred to above in such a manner that the information is accessible to the public.',
  },
];
