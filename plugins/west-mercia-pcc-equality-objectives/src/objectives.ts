import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ThemeInput = NonNullable<PluginManifestInput['themes']>[number];
type ObjectiveInput = NonNullable<ThemeInput['objectives']>[number];

/**
 * Each theme of "Equality Objectives" opens "We will:" followed by a bulleted list; each bullet
 * is one equality objective. The bullets are not numbered in the source, so no `code` is set;
 * keys are `<theme>.<position>`.
 */
function equalityObjectives(prefix: string, heading: string, bullets: string[]): ObjectiveInput[] {
  return bullets.map((statement, i) => ({
    key: `${prefix}.${i + 1}`,
    kind: 'equality-objective',
    statement,
    source: { location: `Equality Objectives – ${heading} ("We will:")` },
  }));
}

export const ourCommunities: ThemeInput = {
  key: 'our-communities',
  name: 'Our Communities',
  domain: 'service-delivery',
  objectives: equalityObjectives('communities', 'Our Communities', [
    'Ensure that every victim has access to services they need to help them cope and recover, regardless of geography, personal characteristics, or circumstance.',
    'Ensure representation of all demographics and communities across West Mercia in plans for victim services, acknowledging their needs and challenges.',
    'Support the PCC to be visible and accessible to all communities in West Mercia.',
    'Ensure all individuals and communities who contact us are dealt with fairly, equally and respectfully.',
    'Develop new platforms and outlets to engage with under-represented voices from our communities and ensure their needs and concerns are understood and acted upon.',
    'Develop and implement a new engagement strategy to foster good relationships across diverse communities, and ensure the PCC represents everyone in West Mercia.',
    'Deliver an Estates Strategy to meet the needs of our communities; ensuring the police Estate is accessible to everyone.',
  ]),
};

export const ourOrganisation: ThemeInput = {
  key: 'our-organisation',
  name: 'Our Organisation',
  domain: 'organisational-processes',
  objectives: equalityObjectives('organisation', 'Our Organisation', [
    'Attract and retain staff and volunteers that reflect our diverse communities.',
    'Ensure equality of opportunity for all staff and volunteers throughout every stage of employment; from recruitment, retention and promotion, to exit from service.',
    'Recognise the needs of diverse groups within our workforce and ensure appropriate support is available for all staff and volunteers.',
    'Provide training to increase the knowledge and confidence of all staff on issues relating to equality, diversity and inclusion.',
    'Cultivate an inclusive culture where all individuals are treated with fairness, dignity and respect.',
    'Recognise, challenge and effectively address any inappropriate behaviour, language or dignity at work issues that may arise.',
    'Maximise the transparency of our organisation to ensure our activities and decisions can be scrutinised and feedback used to improve the service provided to the public.',
  ]),
};

export const ourPartners: ThemeInput = {
  key: 'our-partners',
  name: 'Our Partners',
  domain: 'partners',
  objectives: equalityObjectives('partners', 'Our Partners', [
    'Work with local, regional and national partners to champion diversity, equality and inclusion in policing and community safety.',
    'Engage with partners and stakeholders to understand, and where possible, address disproportionality in the Criminal Justice System and improve the service to the public.',
    'Support the PCC to hold the Chief Constable of West Mercia Police to account for the exercise of all duties relating to equality, diversity and inclusion.',
    'Require all service providers, organisations or individuals who enter into a contract, or receive funding from the PCC to comply with the Equality Act and any further terms and conditions related to equality and diversity as set by the PCC.',
  ]),
};
