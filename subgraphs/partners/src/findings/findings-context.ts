import type { SubgraphContext } from '@edhr/kit';
import type { OrganisationalProcessesTarget } from './reform-action-check';

/** What the findings resolvers use besides the database, among the subgraph's services. */
export interface FindingsServices {
  /** Perturbs the figures partners see beside a finding. */
  disclosureKey: string;
  /** FINDING_RATIO_THRESHOLD, read at start. */
  findingRatioThreshold: number;
  /** organisational-processes, asked whether a reform action exists and whose it is; null without a secret. */
  reformActions: OrganisationalProcessesTarget | null;
}

export type FindingsContext = SubgraphContext<FindingsServices>;
