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

/** NO_CHANGE (no adverse impact found), ADJUST (change to remove it), CONTINUE (justified despite it), STOP. */
export type EqiaDecision =
  | 'ADJUST'
  | 'CONTINUE'
  | 'NO_CHANGE'
  | 'STOP';

export type EqiaFilter = {
  decision?: EqiaDecision | null | undefined;
  /** Only those assessing a NEGATIVE impact on this characteristic, e.g. RACE. */
  negativeFor?: string | null | undefined;
  /** true: only those whose review date has passed (UK date); false: only those whose has not. */
  reviewOverdue?: boolean | null | undefined;
  stage?: EqiaStage | null | undefined;
};

/** The likely impact on people sharing a protected characteristic; UNKNOWN until assessed, never assumed NEUTRAL. */
export type EqiaImpact =
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE'
  | 'UNKNOWN';

/** What is assessed. */
export type EqiaKind =
  | 'FUNCTION'
  | 'OPERATION'
  | 'POLICY'
  | 'PROJECT';

/** PLANNED until the assessment is done. */
export type EqiaStage =
  | 'COMPLETED'
  | 'PLANNED';

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
  action: string | number;
}>;


export type ActionPageQuery = { strategy: { id: string, title: string } | null, deliveryAction: { id: string, strategyKey: string, reference: string, title: string | null, actions: Array<string>, characteristicsAsWritten: string, owners: Array<string>, dueAsWritten: string | null, status: DeliveryStatus, version: number, overdue: boolean, risks: Array<string>, objective: { id: string, code: string | null, statement: string } | null, history: Array<{ id: string, text: string, date: string | null, status: ProgressStatus | null, percentComplete: number | null, evidence: Array<string>, recordedBy: string | null, recordedAt: string }> } | null };

export type RecordProgressMutationVariables = Exact<{
  input: RecordProgressInput;
}>;


export type RecordProgressMutation = { recordProgress: { id: string, version: number, status: DeliveryStatus } };

export type BoardPackPageQueryVariables = Exact<{
  body: string | number;
  asOf: string;
}>;


export type BoardPackPageQuery = { boardPack: { asOf: string, changesSince: string | null, body: { id: string, name: string, chair: string | null }, previousMeeting: { heldOn: string, decisions: Array<string> } | null, actionsByStatus: Array<{ status: DeliveryStatus, actions: Array<{ changedSincePreviousMeeting: boolean, action: { id: string, reference: string, title: string | null, owners: Array<string>, dueAsWritten: string | null, overdue: boolean, strategyKey: string }, statusChanges: Array<{ from: DeliveryStatus | null, to: DeliveryStatus, on: string }>, progressSince: Array<{ text: string, date: string | null }> }> }>, redKpis: Array<{ id: string, name: string, rag: RagStatus, latest: { period: string, value: number } | null }>, amberKpis: Array<{ id: string, name: string, rag: RagStatus, latest: { period: string, value: number } | null }>, staleKpis: Array<{ id: string, name: string, rag: RagStatus, latest: { period: string, value: number } | null }>, overdueEqiaReviews: Array<{ id: string, title: string, reviewDue: string | null }>, openFindings: Array<{ id: string, dataset: string, characteristic: string, category: string, reference: string, period: string, ratio: number | null }>, risks: Array<{ text: string, action: { id: string, reference: string, title: string | null, strategyKey: string } }> } };

export type BoardPackKpiFragment = { id: string, name: string, rag: RagStatus, latest: { period: string, value: number } | null };

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

export type DisparityFiguresFragment = { period: string, periodKind: string, firstDay: string, lastDay: string, monthsExpected: number, monthsHeld: number, complete: boolean, hasData: boolean, records: number | null, usableRecords: number | null, coverage: number | null, sources: Array<string>, suppressionApplied: boolean, suppressionThreshold: number | null, countsPerturbed: boolean, ratePer: number, notes: Array<string>, denominator: { source: string, edition: string }, rows: Array<{ category: string, isReference: boolean, usable: boolean, count: number | null, suppressed: boolean, suppressionReason: string | null, denominator: number | null, rate: { computable: boolean, value: number | null, reason: string | null }, ratio: { computable: boolean, value: number | null, lower: number | null, upper: number | null, significant: boolean | null, reason: string | null } }> };

export type EqiaRegisterQueryVariables = Exact<{
  organisation: string | number;
  filter?: EqiaFilter | null | undefined;
}>;


export type EqiaRegisterQuery = { organisations: Array<{ id: string, name: string }>, eqias: Array<{ id: string, title: string, kind: EqiaKind, stage: EqiaStage, decision: EqiaDecision | null, dueAsWritten: string | null, dueDate: string | null, reviewDue: string | null, reviewOverdue: boolean | null, negativeFor: Array<string> }> };

export type EqiaPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EqiaPageQuery = { eqia: { id: string, title: string, kind: EqiaKind, owner: string | null, stage: EqiaStage, completedOn: string | null, dueAsWritten: string | null, dueDate: string | null, consultation: string | null, decision: EqiaDecision | null, justification: string | null, reviewDue: string | null, reviewOverdue: boolean | null, lastReviewedOn: string | null, sourceLocation: string | null, sourceQuote: string | null, impacts: Array<{ characteristic: string, impact: EqiaImpact, evidence: string | null }>, organisation: { id: string, name: string } | null, objectives: Array<{ id: string, code: string | null, title: string | null, strategyKey: string }>, mitigations: Array<{ id: string, reference: string, title: string | null, strategyKey: string }>, reviews: Array<{ reviewedOn: string, outcome: string, decision: EqiaDecision | null, nextReviewDue: string | null }> } | null };

export type GatewayReadyQueryVariables = Exact<{ [key: string]: never; }>;


export type GatewayReadyQuery = { __typename: 'Query' };

export type KpiPageQueryVariables = Exact<{
  strategy: string | number;
  kpi: string | number;
}>;


export type KpiPageQuery = { strategy: { id: string, title: string } | null, kpi: { id: string, strategyKey: string, name: string, description: string | null, unit: string, direction: string, frequency: string, owners: Array<string>, baselineValue: number | null, baselinePeriod: string | null, targetValue: number | null, targetDate: string | null, measuredBy: string, rag: RagStatus, stale: boolean, theme: { id: string, name: string } | null, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, change: number | null, improving: boolean | null }, measurements: Array<{ id: string, period: string, value: number, source: string, note: string | null, recordedBy: string, recordedAt: string, correctionReason: string | null, revisions: Array<{ id: string, value: number, source: string, recordedBy: string, recordedAt: string, correctionReason: string, correctedBy: string, correctedAt: string }> }> } | null };

export type KpiDetailFragment = { id: string, strategyKey: string, name: string, description: string | null, unit: string, direction: string, frequency: string, owners: Array<string>, baselineValue: number | null, baselinePeriod: string | null, targetValue: number | null, targetDate: string | null, measuredBy: string, rag: RagStatus, stale: boolean, theme: { id: string, name: string } | null, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, change: number | null, improving: boolean | null }, measurements: Array<{ id: string, period: string, value: number, source: string, note: string | null, recordedBy: string, recordedAt: string, correctionReason: string | null, revisions: Array<{ id: string, value: number, source: string, recordedBy: string, recordedAt: string, correctionReason: string, correctedBy: string, correctedAt: string }> }> };

export type RecordMeasurementMutationVariables = Exact<{
  input: RecordMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: { id: string, period: string, value: number } };

export type PublicationOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicationOptionsQuery = { organisations: Array<{ id: string, name: string }> };

export type PublicationPageQueryVariables = Exact<{
  organisation: string | number;
  year: number;
}>;


export type PublicationPageQuery = { organisations: Array<{ id: string, name: string }>, equalityInformation: { year: number, firstDay: string, lastDay: string, published: boolean, organisation: { id: string, name: string }, publications: Array<{ publishedOn: string, url: string | null, note: string | null }>, strategies: Array<{ objectivesReviewDue: string | null, objectivesReviewOverdue: boolean | null, strategy: { id: string, title: string }, objectives: Array<{ actions: number, actionsComplete: number, actionsOverdue: number, objective: { id: string, code: string | null, title: string | null }, kpis: Array<{ id: string, name: string, rag: RagStatus, latest: { period: string, value: number } | null }> }> }>, workforceRepresentation: Array<{ characteristic: string, snapshotDate: string, communitySource: string | null, threshold: number, rows: Array<{ workforce: string | null, rank: string | null, category: string, workforceShare: number | null, communityShare: number | null, ratio: number | null, withheld: boolean, withheldReason: string | null }> }>, serviceDeliveryDisparity: Array<{ dataset: string, characteristic: string, reference: string, result: { period: string, periodKind: string, firstDay: string, lastDay: string, monthsExpected: number, monthsHeld: number, complete: boolean, hasData: boolean, records: number | null, usableRecords: number | null, coverage: number | null, sources: Array<string>, suppressionApplied: boolean, suppressionThreshold: number | null, countsPerturbed: boolean, ratePer: number, notes: Array<string>, denominator: { source: string, edition: string }, rows: Array<{ category: string, isReference: boolean, usable: boolean, count: number | null, suppressed: boolean, suppressionReason: string | null, denominator: number | null, rate: { computable: boolean, value: number | null, reason: string | null }, ratio: { computable: boolean, value: number | null, lower: number | null, upper: number | null, significant: boolean | null, reason: string | null } }> } }>, eqiasCompleted: Array<{ id: string, title: string, kind: EqiaKind, completedOn: string, decision: EqiaDecision | null, negativeFor: Array<string>, positiveFor: Array<string>, unknownFor: Array<string> }>, engagement: Array<{ id: string, heldOn: string | null, heldAsWritten: string | null, groupName: string, topic: string, outcome: string | null }> } | null };

export type SignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCheckQuery = { __typename: 'Query' };

export type StrategiesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StrategiesPageQuery = { strategies: Array<{ id: string, title: string, periodFrom: string | null, periodTo: string | null, organisation: { id: string, name: string }, themes: Array<{ id: string }> }> };

export type DashboardPageQueryVariables = Exact<{
  strategy: string | number;
  characteristic?: string | null | undefined;
  actions: DeliveryActionFilter;
}>;


export type DashboardPageQuery = { strategy: { id: string, title: string, vision: string | null, periodFrom: string | null, periodTo: string | null, organisation: { id: string, name: string }, governance: Array<{ id: string, name: string, kind: string }>, themes: Array<{ id: string, code: string | null, name: string, lead: string | null, objectives: Array<{ id: string, code: string | null, title: string | null, statement: string, owners: Array<string>, characteristics: Array<string>, kpis: Array<{ id: string }> }>, kpis: Array<{ id: string, name: string, unit: string, direction: string, targetValue: number | null, characteristics: Array<string>, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, improving: boolean | null }, measurements: Array<{ period: string, value: number }> }> }>, objectives: Array<{ id: string, code: string | null, title: string | null, statement: string, owners: Array<string>, characteristics: Array<string>, kpis: Array<{ id: string }> }>, kpis: Array<{ id: string, name: string, unit: string, direction: string, targetValue: number | null, characteristics: Array<string>, rag: RagStatus, stale: boolean, latest: { period: string, value: number } | null, trend: { direction: TrendDirection, improving: boolean | null }, measurements: Array<{ period: string, value: number }> }> } | null, actions: { totalCount: number, edges: Array<{ node: { id: string, reference: string, title: string | null, status: DeliveryStatus, owners: Array<string>, overdue: boolean, dueAsWritten: string | null, dueDate: string | null, characteristics: Array<string> } }> }, owners: Array<{ name: string }> };

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
export const BoardPackKpiFragmentDoc = new TypedDocumentString(`
    fragment BoardPackKpi on Kpi {
  id
  name
  rag
  latest {
    period
    value
  }
}
    `, {"fragmentName":"BoardPackKpi"}) as unknown as TypedDocumentString<BoardPackKpiFragment, unknown>;
export const DisparityFiguresFragmentDoc = new TypedDocumentString(`
    fragment DisparityFigures on DisparityResult {
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
    `, {"fragmentName":"DisparityFigures"}) as unknown as TypedDocumentString<DisparityFiguresFragment, unknown>;
export const KpiDetailFragmentDoc = new TypedDocumentString(`
    fragment KpiDetail on Kpi {
  id
  strategyKey
  theme {
    id
    name
  }
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
    query ActionPage($strategy: ID!, $action: ID!) {
  strategy(id: $strategy) {
    id
    title
  }
  deliveryAction(id: $action) {
    id
    strategyKey
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
    `, {"hash":"sha256:b8aa4a5557055253553a4ce0408ab6383449489be125b47b181437c1c5246d6f"}) as unknown as TypedDocumentString<ActionPageQuery, ActionPageQueryVariables>;
export const RecordProgressDocument = new TypedDocumentString(`
    mutation RecordProgress($input: RecordProgressInput!) {
  recordProgress(input: $input) {
    id
    version
    status
  }
}
    `, {"hash":"sha256:c795fe1139bddec291f9fbc6d4f34875afc1111616a29a0a78d49ce273eea4f2"}) as unknown as TypedDocumentString<RecordProgressMutation, RecordProgressMutationVariables>;
export const BoardPackPageDocument = new TypedDocumentString(`
    query BoardPackPage($body: ID!, $asOf: String!) {
  boardPack(body: $body, asOf: $asOf) {
    asOf
    body {
      id
      name
      chair
    }
    previousMeeting {
      heldOn
      decisions
    }
    changesSince
    actionsByStatus {
      status
      actions {
        action {
          id
          reference
          title
          owners
          dueAsWritten
          overdue
          strategyKey
        }
        changedSincePreviousMeeting
        statusChanges {
          from
          to
          on
        }
        progressSince {
          text
          date
        }
      }
    }
    redKpis {
      ...BoardPackKpi
    }
    amberKpis {
      ...BoardPackKpi
    }
    staleKpis {
      ...BoardPackKpi
    }
    overdueEqiaReviews {
      id
      title
      reviewDue
    }
    openFindings {
      id
      dataset
      characteristic
      category
      reference
      period
      ratio
    }
    risks {
      text
      action {
        id
        reference
        title
        strategyKey
      }
    }
  }
}
    fragment BoardPackKpi on Kpi {
  id
  name
  rag
  latest {
    period
    value
  }
}`, {"hash":"sha256:a4cfcd4d777762428b012c5579c4c33c6dcf229fbe0094d9303e0959c88ecd0d"}) as unknown as TypedDocumentString<BoardPackPageQuery, BoardPackPageQueryVariables>;
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
    ...DisparityFigures
  }
}
    fragment DisparityFigures on DisparityResult {
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
}`, {"hash":"sha256:3119d7b1c88415cc0d62c73d4436659d677524700a4cc165552d14284a0522f4"}) as unknown as TypedDocumentString<DisparityPageQuery, DisparityPageQueryVariables>;
export const EqiaRegisterDocument = new TypedDocumentString(`
    query EqiaRegister($organisation: ID!, $filter: EqiaFilter) {
  organisations {
    id
    name
  }
  eqias(organisation: $organisation, filter: $filter) {
    id
    title
    kind
    stage
    decision
    dueAsWritten
    dueDate
    reviewDue
    reviewOverdue
    negativeFor
  }
}
    `, {"hash":"sha256:90db8826c382e8c6ad05ea8612c00ccae81c6d01bf1d4a5360795944e458e31f"}) as unknown as TypedDocumentString<EqiaRegisterQuery, EqiaRegisterQueryVariables>;
export const EqiaPageDocument = new TypedDocumentString(`
    query EqiaPage($id: ID!) {
  eqia(id: $id) {
    id
    title
    kind
    owner
    stage
    completedOn
    dueAsWritten
    dueDate
    impacts {
      characteristic
      impact
      evidence
    }
    consultation
    decision
    justification
    reviewDue
    reviewOverdue
    lastReviewedOn
    sourceLocation
    sourceQuote
    organisation {
      id
      name
    }
    objectives {
      id
      code
      title
      strategyKey
    }
    mitigations {
      id
      reference
      title
      strategyKey
    }
    reviews {
      reviewedOn
      outcome
      decision
      nextReviewDue
    }
  }
}
    `, {"hash":"sha256:cdc3acf544b3ba8a67b40af25fe9087ce1c00dfdad06defd6259ee051e0ce431"}) as unknown as TypedDocumentString<EqiaPageQuery, EqiaPageQueryVariables>;
export const GatewayReadyDocument = new TypedDocumentString(`
    query GatewayReady {
  __typename
}
    `, {"hash":"sha256:285991cdfab6bba0cddf61ac02ec0e482f7e881efc6b5cce30fb4994400f0069"}) as unknown as TypedDocumentString<GatewayReadyQuery, GatewayReadyQueryVariables>;
export const KpiPageDocument = new TypedDocumentString(`
    query KpiPage($strategy: ID!, $kpi: ID!) {
  strategy(id: $strategy) {
    id
    title
  }
  kpi(id: $kpi) {
    ...KpiDetail
  }
}
    fragment KpiDetail on Kpi {
  id
  strategyKey
  theme {
    id
    name
  }
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
}`, {"hash":"sha256:36f0ea0f6715da8fa55a3a732e95df12e0c9a5f7194cdf677de11a2ac5a6f994"}) as unknown as TypedDocumentString<KpiPageQuery, KpiPageQueryVariables>;
export const RecordMeasurementDocument = new TypedDocumentString(`
    mutation RecordMeasurement($input: RecordMeasurementInput!) {
  recordMeasurement(input: $input) {
    id
    period
    value
  }
}
    `, {"hash":"sha256:cf3e45c19646e4fcc0fe46be9c5939f1f2332943e2bad9a568165416d3bb77a7"}) as unknown as TypedDocumentString<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const PublicationOptionsDocument = new TypedDocumentString(`
    query PublicationOptions {
  organisations {
    id
    name
  }
}
    `, {"hash":"sha256:7a65cc64e8590f70f0571063bb45c10ab7088c8c6d42799178a834a95799a200"}) as unknown as TypedDocumentString<PublicationOptionsQuery, PublicationOptionsQueryVariables>;
export const PublicationPageDocument = new TypedDocumentString(`
    query PublicationPage($organisation: ID!, $year: Int!) {
  organisations {
    id
    name
  }
  equalityInformation(organisation: $organisation, year: $year) {
    year
    firstDay
    lastDay
    organisation {
      id
      name
    }
    published
    publications {
      publishedOn
      url
      note
    }
    strategies {
      strategy {
        id
        title
      }
      objectivesReviewDue
      objectivesReviewOverdue
      objectives {
        objective {
          id
          code
          title
        }
        actions
        actionsComplete
        actionsOverdue
        kpis {
          id
          name
          rag
          latest {
            period
            value
          }
        }
      }
    }
    workforceRepresentation {
      characteristic
      snapshotDate
      communitySource
      threshold
      rows {
        workforce
        rank
        category
        workforceShare
        communityShare
        ratio
        withheld
        withheldReason
      }
    }
    serviceDeliveryDisparity {
      dataset
      characteristic
      reference
      result {
        ...DisparityFigures
      }
    }
    eqiasCompleted {
      id
      title
      kind
      completedOn
      decision
      negativeFor
      positiveFor
      unknownFor
    }
    engagement {
      id
      heldOn
      heldAsWritten
      groupName
      topic
      outcome
    }
  }
}
    fragment DisparityFigures on DisparityResult {
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
}`, {"hash":"sha256:0d110ee1839699c605c57d051f0b769ad0e01a9d6671b37d36d7b6c9f9f9840f"}) as unknown as TypedDocumentString<PublicationPageQuery, PublicationPageQueryVariables>;
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
    governance {
      id
      name
      kind
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
}`, {"hash":"sha256:234f17520d634dfcd6c2a45e24d4665598aeae66b85e3c0cbeabb6e7eb6b7f97"}) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
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