import { INTERNAL, ORG, type Cell } from './matrix';

/** Matrix rows owned by service-delivery: stop-and-search analysis and encounter imports. */
export const SERVICE_DELIVERY_OPERATIONS: Cell[] = [
  {
    name: 'stopSearchAnalysis',
    subgraph: 'service-delivery',
    document: `{ stopSearchAnalysis(organisation: "${ORG}", period: { from: "2024-01-01", to: "2024-03-31" }, groupBy: [SEX]) { searches } }`,
    field: 'stopSearchAnalysis',
    allowed: INTERNAL,
  },
  {
    name: 'stopSearchEthnicityCrossTab',
    subgraph: 'service-delivery',
    document: `{ stopSearchEthnicityCrossTab(organisation: "${ORG}", period: { from: "2024-01-01", to: "2024-03-31" }) { searches } }`,
    field: 'stopSearchEthnicityCrossTab',
    allowed: INTERNAL,
  },
  {
    // Allowed: unknown dataset (BAD_USER_INPUT), nothing imported.
    name: 'importEncounters',
    subgraph: 'service-delivery',
    document: `mutation { importEncounters(dataset: "rm-no-such-dataset", organisation: "${ORG}", file: "a,b\\n1,2") { status } }`,
    field: 'importEncounters',
    allowed: ['staff', 'admin'],
  },
];
