/**
 * The documented CSV formats of encounter records other than stop and search (see README,
 * "Other encounter formats"). Each names its reference, date and characteristic columns; every
 * other documented column is kept as written in `details`.
 */
export interface EncounterFormat {
  dataset: EncounterDataset;
  /** Every documented column, in the documented order (files may reorder them). */
  columns: readonly string[];
  /** The natural key of a record. */
  reference: string;
  /** The date the record is counted on (stored as occurred_at). */
  date: string;
  gender: string;
  ageRange: string;
  selfDefinedEthnicity: string;
  officerDefinedEthnicity?: string;
  /** Whether the format has Latitude and Longitude. */
  coordinates: boolean;
}

export const ENCOUNTER_DATASETS = ['use-of-force', 'arrests-custody', 'hate-crime', 'complaints', 'victim-satisfaction'] as const;
export type EncounterDataset = (typeof ENCOUNTER_DATASETS)[number];

/** Other names a dataset is accepted under (the mutation and the command), mapped to the stored one. */
export const DATASET_ALIASES: Readonly<Record<string, EncounterDataset>> = { custody: 'arrests-custody' };

const SUBJECT = { gender: 'Gender', ageRange: 'Age range', selfDefinedEthnicity: 'Self-defined ethnicity' };

export const ENCOUNTER_FORMATS: Readonly<Record<EncounterDataset, EncounterFormat>> = {
  'use-of-force': {
    dataset: 'use-of-force',
    columns: [
      'Incident reference', 'Date', 'Location type', 'Latitude', 'Longitude', 'Gender', 'Age range', 'Self-defined ethnicity',
      'Officer-defined ethnicity', 'Physical disability', 'Mental health condition', 'Tactic', 'Tactic effective',
      'Impact factors', 'Reason for force', 'Outcome', 'Subject injured', 'Officer injured',
    ],
    reference: 'Incident reference',
    date: 'Date',
    ...SUBJECT,
    officerDefinedEthnicity: 'Officer-defined ethnicity',
    coordinates: true,
  },
  'arrests-custody': {
    dataset: 'arrests-custody',
    columns: [
      'Custody reference', 'Arrest date', 'Custody arrival', 'Custody release', 'Gender', 'Age range', 'Self-defined ethnicity',
      'Officer-defined ethnicity', 'Offence group', 'Arrest reason', 'Strip search', 'Detained under Mental Health Act',
      'Appropriate adult required', 'Interpreter required', 'Outcome',
    ],
    reference: 'Custody reference',
    date: 'Arrest date',
    ...SUBJECT,
    officerDefinedEthnicity: 'Officer-defined ethnicity',
    coordinates: false,
  },
  'hate-crime': {
    dataset: 'hate-crime',
    columns: [
      'Crime reference', 'Date recorded', 'Offence group', 'Monitored strand', 'Latitude', 'Longitude', 'Victim gender',
      'Victim age range', 'Victim self-defined ethnicity', 'Repeat victim', 'Outcome group',
    ],
    reference: 'Crime reference',
    date: 'Date recorded',
    gender: 'Victim gender',
    ageRange: 'Victim age range',
    selfDefinedEthnicity: 'Victim self-defined ethnicity',
    coordinates: true,
  },
  complaints: {
    dataset: 'complaints',
    columns: [
      'Complaint reference', 'Date received', 'Complaint category', 'Handling', 'Complainant gender', 'Complainant age range',
      'Complainant self-defined ethnicity', 'Complainant disability', 'Discrimination alleged', 'Protected characteristic alleged',
      'Outcome', 'Days to finalise',
    ],
    reference: 'Complaint reference',
    date: 'Date received',
    gender: 'Complainant gender',
    ageRange: 'Complainant age range',
    selfDefinedEthnicity: 'Complainant self-defined ethnicity',
    coordinates: false,
  },
  'victim-satisfaction': {
    dataset: 'victim-satisfaction',
    columns: [
      'Survey reference', 'Interview date', 'Crime group', 'Gender', 'Age range', 'Self-defined ethnicity', 'Disability',
      'Ease of contact', 'Actions taken', 'Kept informed', 'Treatment', 'Whole experience',
    ],
    reference: 'Survey reference',
    date: 'Interview date',
    ...SUBJECT,
    coordinates: false,
  },
};

/** The stored dataset name for a name given by a user, or undefined when it is not one of these formats. */
export function encounterDataset(name: string): EncounterDataset | undefined {
  if ((ENCOUNTER_DATASETS as readonly string[]).includes(name)) return name as EncounterDataset;
  // Own keys only: "constructor" or "__proto__" would otherwise find Object's, and reach the SQL.
  return Object.hasOwn(DATASET_ALIASES, name) ? DATASET_ALIASES[name] : undefined;
}
