import type { PluginManifestInput } from '@edhr/plugin-sdk';

type ObjectiveInput = NonNullable<PluginManifestInput['strategy']['objectives']>[number];

/** "Diversity and Inclusion learning modules", in the order listed. */
const modules = [
  'Understanding Unconscious Bias',
  'Understanding Equality Impact Assessments',
  'Inclusion Essentials',
  'Inclusion Leadership',
  'Disabled Adventures In Customer Service',
  'Disabled adventures in work and recruitment',
  'The Impact of Micro-Behaviours',
  'Mental Health: Stress Less',
  'Mental Health: Managing Stress',
  'Mental Health in the Workplace: Overview',
  // The source then shows "Understanding Unconscious Bias" a second time (the first course
  // opened); it is the same module and is not listed twice.
];

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const learningModules: ObjectiveInput[] = modules.map((name, i) => ({
  key: `module.${slug(name)}`,
  kind: 'learning-module',
  title: name,
  statement: name,
  source: { location: `Diversity and Inclusion learning modules, course ${i + 1} of ${modules.length}` },
}));
