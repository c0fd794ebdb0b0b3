/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Every condition given must hold. */
export type DeliveryActionFilter = {
  /** Protected characteristic code in scope, e.g. RACE. */
  characteristic?: string | null | undefined;
  /** true: not COMPLETE and past any of its derived deadlines; false: the others (including those with no derivable date). */
  overdue?: boolean | null | undefined;
  /** One owner entry, matched whole and case-insensitively. */
  owner?: string | null | undefined;
  /** Current status, any of these (e.g. [AT_RISK, OFF_TRACK]). */
  status?: Array<DeliveryStatus> | null | undefined;
  /** Strategy id (key). */
  strategy?: string | number | null | undefined;
  /** Theme id, "pluginId:themeKey". */
  theme?: string | number | null | undefined;
};

/** The latest recorded progress entry's status, else the one the plugin states (UNKNOWN where the source states none). IN_PROGRESS only comes from plugins. */
export type DeliveryStatus =
  | 'AT_RISK'
  | 'COMPLETE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ONGOING'
  | 'ON_TRACK'
  | 'UNKNOWN';

/** The status a progress entry reports. */
export type ProgressStatus =
  | 'AT_RISK'
  | 'COMPLETE'
  | 'NOT_STARTED'
  | 'OFF_TRACK'
  | 'ONGOING'
  | 'ON_TRACK';

/** Red, amber or green against target; STALE when the latest value is overdue (see the subgraph README for the rule). */
export type RagStatus =
  | 'AMBER'
  | 'GREEN'
  | 'NO_DATA'
  | 'NO_TARGET'
  | 'RED'
  | 'STALE';

export type RecordMeasurementInput = {
  /** Required to replace a value already recorded for the period; the old value is kept as a revision. */
  correctionReason?: string | null | undefined;
  /** The KPI, "pluginId:key". */
  kpi: string | number;
  note?: string | null | undefined;
  /** YYYY, YYYY-Qn, YYYY-MM or YYYY/YY, matching the KPI's frequency. */
  period: string;
  /** Where the figure comes from. */
  source: string;
  value: number;
};

export type RecordProgressInput = {
  /** The delivery action, "pluginId:key". */
  action: string | number;
  /** YYYY-MM-DD, not after today (UK date); today when not given. */
  asOf?: string | null | undefined;
  /** Links to evidence: http or https addresses, at most 20, each at most 2,000 characters. */
  evidence?: Array<string> | null | undefined;
  /** The action's `version` the entry was written against; a stale one is refused (CONFLICT). */
  expectedVersion: number;
  /** 0–100. */
  percentComplete?: number | null | undefined;
  /** The action's status as of `asOf`; it becomes the action's current status. */
  status: ProgressStatus;
  /** What has been done, as the reporter writes it (at most 8,000 characters). */
  text: string;
};

/** Which way the values are moving. */
export type TrendDirection =
  | 'DOWN'
  | 'FLAT'
  | 'INSUFFICIENT_DATA'
  | 'UP';

export type ActionPageQueryVariables = Exact<{
  strategy: string | number;
}>;


export type ActionPageQuery = { strategy: { id: string, title: string, actions: Array<{ id: string, reference: string, title: string | null, actions: Array<string>, characteristicsAsWritten: string, owners: Array<string>, dueAsWritten: string | null, status: DeliveryStatus, version: number, overdue: boolean, risks: Array<string>, objective: { id: string, code: string | null, statement: string } | null, history: Array<{ id: string, text: string, date: string | null, status: ProgressStatus | null, percentComplete: number | null, evidence: Array<string>, recordedBy: string | null, recordedAt: string }> }> } | null };

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { recordProgress: { id: string, version: number, status: DeliveryStatus } };

export type DisparityOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DisparityOptionsQuery = { organisations: Array<{ id: string, name: string, areaCode: string | null }> };

export type DisparityPageQueryVariables = Exact<{
  dataset: string;
  characteristic: string;
  reference: string;
  area: string;
  period: string;
}>;


export type DisparityPageQuery = { organisations: Array<{ id: string, name: string, areaCode: string | null }>, disparity: { period: string, periodKind: string, firstDay: string, lastDay: string, monthsExpected: number, monthsHeld: number, complete: boolean, hasData: boolean, records: number | null, usableRecords: number | null, coverage: number | null, sources: Array<string>, suppressionApplied: boolean, suppressionThreshold: number | null, countsPerturbed: boolean, ratePer: number, notes: Array<string>, denominator: { source: string, edition: string }, rows: Array<{ category: string, isReference: boolean, usable: boolean, count: number | null, suppressed: boolean, suppressionReason: string | null, denominator: number | null, rate: { computable: boolean, value: number | null, reason: string | null }, ratio: { computable: boolean, value: number | null, lower: number | null, upper: number | null, significant: boolean | null, reason: string | null } }> } };

export type GatewayReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayReadyQuery = { __typename: 'Query' };

export type KpiPageQueryVariables = Exact<{
  strategy: string | number;
}>;


export type KpiPageQuery = { strategy: { id: string, title: string, themes: Array<{ id: string, name: string, kpis: Array<{ id: string, name: string, description: string | null, unit: string, direction: string, frequency: string, owners: Array<string>, baselineValue: number | null, baselinePeriod: string | null, targetValue: number | null, targetDate: string | null, measuredBy: string, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, change: number | null, improving: boolean | null }, measurements: Array<{ id: string, period: string, value: number, source: string, note: string | null, recordedBy: string, recordedAt: string, correctionReason: string | null, revisions: Array<{ id: string, value: number, source: string, recordedBy: string, recordedAt: string, correctionReason: string, correctedBy: string, correctedAt: string }> }> }> }>, kpis: Array<{ id: string, name: string, description: string | null, unit: string, direction: string, frequency: string, owners: Array<string>, baselineValue: number | null, baselinePeriod: string | null, targetValue: number | null, targetDate: string | null, measuredBy: string, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, change: number | null, improving: boolean | null }, measurements: Array<{ id: string, period: string, value: number, source: string, note: string | null, recordedBy: string, recordedAt: string, correctionReason: string | null, revisions: Array<{ id: string, value: number, source: string, recordedBy: string, recordedAt: string, correctionReason: string, correctedBy: string, correctedAt: string }> }> }> } | null };

export type KpiDetailFragment = { id: string, name: string, description: string | null, unit: string, direction: string, frequency: string, owners: Array<string>, baselineValue: number | null, baselinePeriod: string | null, targetValue: number | null, targetDate: string | null, measuredBy: string, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, change: number | null, improving: boolean | null }, measurements: Array<{ id: string, period: string, value: number, source: string, note: string | null, recordedBy: string, recordedAt: string, correctionReason: string | null, revisions: Array<{ id: string, value: number, source: string, recordedBy: string, recordedAt: string, correctionReason: string, correctedBy: string, correctedAt: string }> }> };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { id: string, period: string, value: number } };

export type SignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCheckQuery = { __typename: 'Query' };

export type StrategiesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategiesPageQuery = { strategies: Array<{ id: string, title: string, periodFrom: string | null, periodTo: string | null, organisation: { id: string, name: string }, themes: Array<{ id: string }> }> };

export type DashboardPageQueryVariables = Exact<{
  strategy: string | number;
  characteristic?: string | null | undefined;
  actions: DeliveryActionFilter;
}>;


export type DashboardPageQuery = { strategy: { id: string, title: string, vision: string | null, periodFrom: string | null, periodTo: string | null, organisation: { id: string, name: string }, themes: Array<{ id: string, code: string | null, name: string, lead: string | null, objectives: Array<{ id: string, code: string | null, title: string | null, statement: string, owners: Array<string>, characteristics: Array<string>, kpis: Array<{ id: string }> }>, kpis: Array<{ id: string, name: string, unit: string, direction: string, targetValue: number | null, characteristics: Array<string>, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, improving: boolean | null }, measurements: Array<{ period: string, value: number }> }> }>, objectives: Array<{ id: string, code: string | null, title: string | null, statement: string, owners: Array<string>, characteristics: Array<string>, kpis: Array<{ id: string }> }>, kpis: Array<{ id: string, name: string, unit: string, direction: string, targetValue: number | null, characteristics: Array<string>, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, improving: boolean | null }, measurements: Array<{ period: string, value: number }> }> } | null, actions: { totalCount: number, edges: Array<{ node: { id: string, reference: string, title: string | null, status: DeliveryStatus, owners: Array<string>, overdue: boolean, dueAsWritten: string | null, dueDate: string | null, characteristics: Array<string> } }> }, owners: Array<{ name: string }> };

export type DashboardObjectiveFragment = { id: string, code: string | null, title: string | null, statement: string, owners: Array<string>, characteristics: Array<string>, kpis: Array<{ id: string }> };

export type DashboardKpiFragment = { id: string, name: string, unit: string, direction: string, targetValue: number | null, characteristics: Array<string>, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, improving: boolean | null }, measurements: Array<{ period: string, value: number }> };

export type WorkforceOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkforceOptionsQuery = { organisations: Array<{ id: string, name: string }> };

export type WorkforcePageQueryVariables = Exact<{
  organisation: string | number;
  characteristic: string;
  category: string;
}>;


export type WorkforcePageQuery = { organisations: Array<{ id: string, name: string }>, representation: { date: string | null, characteristic: string, category: string, groupInCommunity: number | null, communityTotal: number | null, communitySource: string | null, overall: { workforce: string | null, rank: string | null, groupInWorkforce: number, workforceTotal: number, computable: boolean, value: number | null, workforceShare: number | null, communityShare: number | null, notComputableReason: string | null }, byRank: Array<{ workforce: string | null, rank: string | null, groupInWorkforce: number, workforceTotal: number, computable: boolean, value: number | null, workforceShare: number | null, communityShare: number | null, notComputableReason: string | null }> } };

export type RepresentationFiguresFragment = { workforce: string | null, rank: string | null, groupInWorkforce: number, workforceTotal: number, computable: boolean, value: number | null, workforceShare: number | null, communityShare: number | null, notComputableReason: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const KpiDetailFragmentDoc = new TypedDocumentString(`
    fragment KpiDetail on Kpi {
  id
  name
  description
  unit
  direction
  frequency
  owners
  baselineValue
  baselinePeriod
  targetValue
  targetDate
  measuredBy
  rag
  stale
  latest {
    period
    value
  }
  trend {
    direction
    change
    improving
  }
  measurements {
    id
    period
    value
    source
    note
    recordedBy
    recordedAt
    correctionReason
    revisions {
      id
      value
      source
      recordedBy
      recordedAt
      correctionReason
      correctedBy
      correctedAt
    }
  }
}
    `, {"fragmentName":"KpiDetail"}) as unknown as TypedDocumentString<KpiDetailFragment, unknown>;
export const DashboardObjectiveFragmentDoc = new TypedDocumentString(`
    fragment DashboardObjective on Objective {
  id
  code
  title
  statement
  owners
  characteristics
  kpis {
    id
  }
}
    `, {"fragmentName":"DashboardObjective"}) as unknown as TypedDocumentString<DashboardObjectiveFragment, unknown>;
export const DashboardKpiFragmentDoc = new TypedDocumentString(`
    fragment DashboardKpi on Kpi {
  id
  name
  unit
  direction
  targetValue
  characteristics
  rag
  stale
  latest {
    period
    value
  }
  trend {
    direction
    improving
  }
  measurements {
    period
    value
  }
}
    `, {"fragmentName":"DashboardKpi"}) as unknown as TypedDocumentString<DashboardKpiFragment, unknown>;
export const RepresentationFiguresFragmentDoc = new TypedDocumentString(`
    fragment RepresentationFigures on RepresentationRow {
  workforce
  rank
  groupInWorkforce
  workforceTotal
  computable
  value
  workforceShare
  communityShare
  notComputableReason
}
    `, {"fragmentName":"RepresentationFigures"}) as unknown as TypedDocumentString<RepresentationFiguresFragment, unknown>;
export const ActionPageDocument = new TypedDocumentString(`
    query ActionPage($strategy: ID!) {
  strategy(id: $strategy) {
    id
    title
    actions {
      id
      reference
      title
      actions
      characteristicsAsWritten
      owners
      dueAsWritten
      status
      version
      overdue
      risks
      objective {
        id
        code
        statement
      }
      history {
        id
        text
        date
        status
        percentComplete
        evidence
        recordedBy
        recordedAt
      }
    }
  }
}
    `, {"hash":"sha256:f18a30c0b0ab585af33a8c87d684d8ff5e3c6973ab4756c0f634dc7c72e66513"}) as unknown as TypedDocumentString<ActionPageQuery, ActionPageQueryVariables>;
export const RecordProgressDocument = new TypedDocumentString(`
    mutation RecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:c795fe1139bddec291f9fbc6d4f34875afc1111616a29a0a78d49ce273eea4f2"}) as unknown as TypedDocumentString<RecordProgressMutation, RecordProgressMutationVariables>;
export const DisparityOptionsDocument = new TypedDocumentString(`
    query DisparityOptions {
  organisations {
    id
    name
    areaCode
  }
}
    `, {"hash":"sha256:eba5f21caa050cd54ca9f295172ab582c62a1dd1522c1159db52bde38eac32fb"}) as unknown as TypedDocumentString<DisparityOptionsQuery, DisparityOptionsQueryVariables>;
export const DisparityPageDocument = new TypedDocumentString(`
    query DisparityPage($dataset: String!, $characteristic: String!, $reference: String!, $area: String!, $period: String!) {
  organisations {
    id
    name
    areaCode
  }
  disparity(
    dataset: $dataset
    characteristic: $characteristic
    reference: $reference
    area: $area
    period: $period
  ) {
    period
    periodKind
    firstDay
    lastDay
    monthsExpected
    monthsHeld
    complete
    hasData
    records
    usableRecords
    coverage
    sources
    denominator {
      source
      edition
    }
    suppressionApplied
    suppressionThreshold
    countsPerturbed
    ratePer
    notes
    rows {
      category
      isReference
      usable
      count
      suppressed
      suppressionReason
      denominator
      rate {
        computable
        value
        reason
      }
      ratio {
        computable
        value
        lower
        upper
        significant
        reason
      }
    }
  }
}
    `, {"hash":"sha256:73ca665141428b526de65e193e30c6b4df74b9c2412aed2091162cafd55b756f"}) as unknown as TypedDocumentString<DisparityPageQuery, DisparityPageQueryVariables>;
export const GatewayReadyDocument = new TypedDocumentString(`
    query GatewayReady {
  __typename
}
    `, {"hash":"sha256:285991cdfab6bba0cddf61ac02ec0e482f7e881efc6b5cce30fb4994400f0069"}) as unknown as TypedDocumentString<GatewayReadyQuery, GatewayReadyQueryVariables>;
export const KpiPageDocument = new TypedDocumentString(`
    query KpiPage($strategy: ID!) {
  strategy(id: $strategy) {
    id
    title
    themes {
      id
      name
      kpis {
        ...KpiDetail
      }
    }
    kpis {
      ...KpiDetail
    }
  }
}
    fragment KpiDetail on Kpi {
  id
  name
  description
  unit
  direction
  frequency
  owners
  baselineValue
  baselinePeriod
  targetValue
  targetDate
  measuredBy
  rag
  stale
  latest {
    period
    value
  }
  trend {
    direction
    change
    improving
  }
  measurements {
    id
    period
    value
    source
    note
    recordedBy
    recordedAt
    correctionReason
    revisions {
      id
      value
      source
      recordedBy
      recordedAt
      correctionReason
      correctedBy
      correctedAt
    }
  }
}`, {"hash":"sha256:051ccfb42297400fb89eefd221a64a7c645780a5aee8a910c822121aa463ee62"}) as unknown as TypedDocumentString<KpiPageQuery, KpiPageQueryVariables>;
export const RecordMeasurementDocument = new TypedDocumentString(`
    mutation RecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    id
    period
    value
  }
}
    `, {"hash":"sha256:cf3e45c19646e4fcc0fe46be9c5939f1f2332943e2bad9a568165416d3bb77a7"}) as unknown as TypedDocumentString<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const SignInCheckDocument = new TypedDocumentString(`
    query SignInCheck {
  __typename
}
    `, {"hash":"sha256:768a4d6fc8fbe0b98fc7ff0467c6c868f95ebf3da98e112b5f89d6ee49029c15"}) as unknown as TypedDocumentString<SignInCheckQuery, SignInCheckQueryVariables>;
export const StrategiesPageDocument = new TypedDocumentString(`
    query StrategiesPage {
  strategies {
    id
    title
    periodFrom
    periodTo
    organisation {
      id
      name
    }
    themes {
      id
    }
  }
}
    `, {"hash":"sha256:249aa3a58c523ef962dbb7ab5338b42e194fb8e8404694e1f0268b25586c246a"}) as unknown as TypedDocumentString<StrategiesPageQuery, StrategiesPageQueryVariables>;
export const DashboardPageDocument = new TypedDocumentString(`
    query DashboardPage($strategy: ID!, $characteristic: String, $actions: DeliveryActionFilter!) {
  strategy(id: $strategy) {
    id
    title
    vision
    periodFrom
    periodTo
    organisation {
      id
      name
    }
    themes {
      id
      code
      name
      lead
      objectives(characteristic: $characteristic) {
        ...DashboardObjective
      }
      kpis {
        ...DashboardKpi
      }
    }
    objectives(characteristic: $characteristic) {
      ...DashboardObjective
    }
    kpis {
      ...DashboardKpi
    }
  }
  actions(filter: $actions, first: 100) {
    totalCount
    edges {
      node {
        id
        reference
        title
        status
        owners
        overdue
        dueAsWritten
        dueDate
        characteristics
      }
    }
  }
  owners(strategy: $strategy) {
    name
  }
}
    fragment DashboardObjective on Objective {
  id
  code
  title
  statement
  owners
  characteristics
  kpis {
    id
  }
}
fragment DashboardKpi on Kpi {
  id
  name
  unit
  direction
  targetValue
  characteristics
  rag
  stale
  latest {
    period
    value
  }
  trend {
    direction
    improving
  }
  measurements {
    period
    value
  }
}`, {"hash":"sha256:411c0629b7635f3a9bd1ef84e93d7a9cf684bd2692df720f25aefebc5fb18b4b"}) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
export const WorkforceOptionsDocument = new TypedDocumentString(`
    query WorkforceOptions {
  organisations {
    id
    name
  }
}
    `, {"hash":"sha256:f90a885a61cf47f53e4a56aa41210e6e34cbe4917206e9d1694a62dd38ac3e6f"}) as unknown as TypedDocumentString<WorkforceOptionsQuery, WorkforceOptionsQueryVariables>;
export const WorkforcePageDocument = new TypedDocumentString(`
    query WorkforcePage($organisation: ID!, $characteristic: String!, $category: String!) {
  organisations {
    id
    name
  }
  representation(
    organisation: $organisation
    characteristic: $characteristic
    category: $category
    byRank: true
  ) {
    date
    characteristic
    category
    groupInCommunity
    communityTotal
    communitySource
    overall {
      ...RepresentationFigures
    }
    byRank {
      ...RepresentationFigures
    }
  }
}
    fragment RepresentationFigures on RepresentationRow {
  workforce
  rank
  groupInWorkforce
  workforceTotal
  computable
  value
  workforceShare
  communityShare
  notComputableReason
}`, {"hash":"sha256:410fefed622ccdc341b4355b975f5500cd6cc0ea829fac2abdd4875f7f5dad2c"}) as unknown as TypedDocumentString<WorkforcePageQuery, WorkforcePageQueryVariables>;