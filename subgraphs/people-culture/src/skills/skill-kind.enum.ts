import { registerEnumType } from 'type-graphql';

/** What a skills-register record holds (staff-survey actions 5 and 6). */
export enum SkillKind {
  LANGUAGE = 'language',
  COMMUNITY_NETWORK = 'community-network',
  VOLUNTARY_ROLE = 'voluntary-role',
}

registerEnumType(SkillKind, { name: 'SkillKind', description: 'Language, community network or voluntary role.' });
