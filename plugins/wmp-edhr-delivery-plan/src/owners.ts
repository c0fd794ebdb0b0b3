import type { PluginManifestInput } from '@edhr/plugin-sdk';

type OwnerInput = NonNullable<PluginManifestInput['owners']>[number];

/**
 * The staff-survey plan's contacts and local owners, one owner per person or role. "CS Jo Byrne"
 * (a contact) is the Chief Superintendent the Programme Board rows write "Chief Supt Byrne" (dp-05)
 * and "Chief Superintendent Byrne" (dp-19, dp-20, dp-21): the same force, rank and surname in one
 * delivery plan, so one owner. The rows' "Head of HR" and "Head of L&D" are the local owners here.
 */
export const staffSurveyOwners: OwnerInput[] = [
  { key: 'chris-rowson', name: 'Chris Rowson' },
  { key: 'cs-jo-byrne', name: 'CS Jo Byrne', writtenAs: ['Chief Supt Byrne', 'Chief Superintendent Byrne'] },
  { key: 'cs-pete-munroe', name: 'CS Pete Munroe' },
  { key: 'head-of-hr', name: 'Head of HR' },
  { key: 'head-of-local-policing', name: 'Head of Local Policing' },
  { key: 'head-of-l-and-d', name: 'Head of L&D' },
];
