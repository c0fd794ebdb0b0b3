/** The nine protected characteristics of the Equality Act 2010, by the codes the API uses. */
export const CHARACTERISTICS = [
  { value: 'AGE', text: 'Age' },
  { value: 'DISABILITY', text: 'Disability' },
  { value: 'GENDER_REASSIGNMENT', text: 'Gender reassignment' },
  { value: 'MARRIAGE_AND_CIVIL_PARTNERSHIP', text: 'Marriage and civil partnership' },
  { value: 'PREGNANCY_AND_MATERNITY', text: 'Pregnancy and maternity' },
  { value: 'RACE', text: 'Race' },
  { value: 'RELIGION_OR_BELIEF', text: 'Religion or belief' },
  { value: 'SEX', text: 'Sex' },
  { value: 'SEXUAL_ORIENTATION', text: 'Sexual orientation' },
];
