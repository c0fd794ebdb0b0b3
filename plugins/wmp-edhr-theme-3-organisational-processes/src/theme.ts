import { keyActions, type ThemeInput } from '@edhr/plugin-wmp-edhr-strategy/authoring';

/**
 * Strategic theme "Organisational Processes" as the strategy writes it: its AIMS and its key actions ("Strategic
 * Priorities – Key Actions"); KPIs the strategy does not state but the theme implies are `proposed`.
 * `lead` is unset: the strategy says "an ACPO-ranked officer or member of police staff" takes
 * responsibility for each theme but names none.
 */
export const theme: ThemeInput = {
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
};
