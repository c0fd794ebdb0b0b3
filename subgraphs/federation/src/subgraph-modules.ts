import type { SubgraphModule } from '@edhr/kit';
import { organisationalProcesses } from '@edhr/organisational-processes';
import { partners } from '@edhr/partners';
import { peopleCulture } from '@edhr/people-culture';
import { serviceDelivery } from '@edhr/service-delivery';

/** The four subgraphs, in start order: the backbone first. */
export const subgraphModules: readonly SubgraphModule[] = [
  organisationalProcesses,
  serviceDelivery,
  peopleCulture,
  partners,
];

export function subgraphModule(name: string): SubgraphModule {
  const found = subgraphModules.find((m) => m.name === name);
  if (!found) {
    throw new Error(`Unknown subgraph "${name}"; expected one of: ${subgraphModules.map((m) => m.name).join(', ')}`);
  }
  return found;
}
