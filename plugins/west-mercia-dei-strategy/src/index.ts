import { definePlugin } from '@edhr/plugin-sdk';
import { foreword } from './foreword';
import { ourCommunities, ourPartners, ourPeople } from './pillars';
import { equalityObjectives } from './equality-objectives';

/**
 * West Mercia Police, Diversity, Equality and Inclusion Interim Strategy 2024-25:
 * the foreword, three pillars (each with its aim, named lead, three areas and their
 * commitments) and the nine equality objectives for 2024-25.
 */
export default definePlugin({
  id: 'west-mercia-dei-strategy',
  version: '1.1.0',
  name: 'West Mercia Police Diversity, Equality and Inclusion Interim Strategy 2024-25',
  description:
    'The three pillars (Our People, Our Communities, Our Partners) with their aims, leads, nine areas and 25 commitments, and the nine equality objectives 2024-25, of West Mercia Police.',
  source: {
    title: 'Diversity, Equality and Inclusion Interim Strategy 2024-25',
    publisher: 'West Mercia Police',
  },
  organisation: {
    key: 'west-mercia-police',
    name: 'West Mercia Police',
    kind: 'police-force',
    areaCode: 'E23000016',
  },
  strategy: {
    key: 'dei-interim-strategy-2024-25',
    title: 'Diversity, Equality and Inclusion Interim Strategy 2024-25',
    // The document gives no start or end date, only "2024-25" (in its title and in
    // "Our equality objectives 2024-25"). Written that way it names a financial year,
    // so the period is taken as 1 April 2024 to 31 March 2025.
    periodFrom: '2024-04-01',
    periodTo: '2025-03-31',
    introduction: foreword,
    objectives: equalityObjectives,
  },
  themes: [ourPeople, ourCommunities, ourPartners],
  // The pillar leads, each written once as "Name, Role." on its pillar: owners by name, the lead line kept as written.
  owners: [
    { key: 'rachel-hartland-lane', name: 'Rachel Hartland-Lane', writtenAs: ['Rachel Hartland-Lane, Director of Business Services.'] },
    { key: 'grant-wills', name: 'Grant Wills', writtenAs: ['Grant Wills, T/Assistant Chief Constable, Local Policing & Operations.'] },
  ],
});
