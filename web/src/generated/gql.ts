/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActionPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      actions {\n        id\n        reference\n        title\n        actions\n        characteristicsAsWritten\n        owners\n        dueAsWritten\n        status\n        version\n        overdue\n        risks\n        objective { id code statement }\n        history { id text date status percentComplete evidence recordedBy recordedAt }\n      }\n    }\n  }\n": typeof types.ActionPageDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) { id version status }\n  }\n": typeof types.RecordProgressDocument,
    "\n  query DisparityOptions {\n    organisations { id name areaCode }\n  }\n": typeof types.DisparityOptionsDocument,
    "\n  query DisparityPage($dataset: String!, $characteristic: String!, $reference: String!, $area: String!, $period: String!) {\n    organisations { id name areaCode }\n    disparity(dataset: $dataset, characteristic: $characteristic, reference: $reference, area: $area, period: $period) {\n      period\n      periodKind\n      firstDay\n      lastDay\n      monthsExpected\n      monthsHeld\n      complete\n      hasData\n      records\n      usableRecords\n      coverage\n      sources\n      denominator { source edition }\n      suppressionApplied\n      suppressionThreshold\n      countsPerturbed\n      ratePer\n      notes\n      rows {\n        category\n        isReference\n        usable\n        count\n        suppressed\n        suppressionReason\n        denominator\n        rate { computable value reason }\n        ratio { computable value lower upper significant reason }\n      }\n    }\n  }\n": typeof types.DisparityPageDocument,
    "\n  query GatewayReady {\n    __typename\n  }\n": typeof types.GatewayReadyDocument,
    "\n  query KpiPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      themes { id name kpis { ...KpiDetail } }\n      kpis { ...KpiDetail }\n    }\n  }\n\n  fragment KpiDetail on Kpi {\n    id\n    name\n    description\n    unit\n    direction\n    frequency\n    owners\n    baselineValue\n    baselinePeriod\n    targetValue\n    targetDate\n    measuredBy\n    rag\n    stale\n    latest { period value }\n    trend { direction change improving }\n    measurements {\n      id\n      period\n      value\n      source\n      note\n      recordedBy\n      recordedAt\n      correctionReason\n      revisions { id value source recordedBy recordedAt correctionReason correctedBy correctedAt }\n    }\n  }\n": typeof types.KpiPageDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { id period value }\n  }\n": typeof types.RecordMeasurementDocument,
    "\n  query SignInCheck {\n    __typename\n  }\n": typeof types.SignInCheckDocument,
    "\n  query StrategiesPage {\n    strategies {\n      id\n      title\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes { id }\n    }\n  }\n": typeof types.StrategiesPageDocument,
    "\n  query DashboardPage($strategy: ID!, $characteristic: String, $actions: DeliveryActionFilter!) {\n    strategy(id: $strategy) {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes {\n        id\n        code\n        name\n        lead\n        objectives(characteristic: $characteristic) { ...DashboardObjective }\n        kpis { ...DashboardKpi }\n      }\n      objectives(characteristic: $characteristic) { ...DashboardObjective }\n      kpis { ...DashboardKpi }\n    }\n    actions(filter: $actions, first: 100) {\n      totalCount\n      edges { node { id reference title status owners overdue dueAsWritten dueDate characteristics } }\n    }\n    owners(strategy: $strategy) { name }\n  }\n\n  fragment DashboardObjective on Objective {\n    id\n    code\n    title\n    statement\n    owners\n    characteristics\n    kpis { id }\n  }\n\n  fragment DashboardKpi on Kpi {\n    id\n    name\n    unit\n    direction\n    targetValue\n    characteristics\n    rag\n    stale\n    latest { period value }\n    trend { direction improving }\n    measurements { period value }\n  }\n": typeof types.DashboardPageDocument,
    "\n  query WorkforceOptions {\n    organisations { id name }\n  }\n": typeof types.WorkforceOptionsDocument,
    "\n  query WorkforcePage($organisation: ID!, $characteristic: String!, $category: String!) {\n    organisations { id name }\n    representation(organisation: $organisation, characteristic: $characteristic, category: $category, byRank: true) {\n      date\n      characteristic\n      category\n      groupInCommunity\n      communityTotal\n      communitySource\n      overall { ...RepresentationFigures }\n      byRank { ...RepresentationFigures }\n    }\n  }\n\n  fragment RepresentationFigures on RepresentationRow {\n    workforce\n    rank\n    groupInWorkforce\n    workforceTotal\n    computable\n    value\n    workforceShare\n    communityShare\n    notComputableReason\n  }\n": typeof types.WorkforcePageDocument,
};
const documents: Documents = {
    "\n  query ActionPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      actions {\n        id\n        reference\n        title\n        actions\n        characteristicsAsWritten\n        owners\n        dueAsWritten\n        status\n        version\n        overdue\n        risks\n        objective { id code statement }\n        history { id text date status percentComplete evidence recordedBy recordedAt }\n      }\n    }\n  }\n": types.ActionPageDocument,
    "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) { id version status }\n  }\n": types.RecordProgressDocument,
    "\n  query DisparityOptions {\n    organisations { id name areaCode }\n  }\n": types.DisparityOptionsDocument,
    "\n  query DisparityPage($dataset: String!, $characteristic: String!, $reference: String!, $area: String!, $period: String!) {\n    organisations { id name areaCode }\n    disparity(dataset: $dataset, characteristic: $characteristic, reference: $reference, area: $area, period: $period) {\n      period\n      periodKind\n      firstDay\n      lastDay\n      monthsExpected\n      monthsHeld\n      complete\n      hasData\n      records\n      usableRecords\n      coverage\n      sources\n      denominator { source edition }\n      suppressionApplied\n      suppressionThreshold\n      countsPerturbed\n      ratePer\n      notes\n      rows {\n        category\n        isReference\n        usable\n        count\n        suppressed\n        suppressionReason\n        denominator\n        rate { computable value reason }\n        ratio { computable value lower upper significant reason }\n      }\n    }\n  }\n": types.DisparityPageDocument,
    "\n  query GatewayReady {\n    __typename\n  }\n": types.GatewayReadyDocument,
    "\n  query KpiPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      themes { id name kpis { ...KpiDetail } }\n      kpis { ...KpiDetail }\n    }\n  }\n\n  fragment KpiDetail on Kpi {\n    id\n    name\n    description\n    unit\n    direction\n    frequency\n    owners\n    baselineValue\n    baselinePeriod\n    targetValue\n    targetDate\n    measuredBy\n    rag\n    stale\n    latest { period value }\n    trend { direction change improving }\n    measurements {\n      id\n      period\n      value\n      source\n      note\n      recordedBy\n      recordedAt\n      correctionReason\n      revisions { id value source recordedBy recordedAt correctionReason correctedBy correctedAt }\n    }\n  }\n": types.KpiPageDocument,
    "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { id period value }\n  }\n": types.RecordMeasurementDocument,
    "\n  query SignInCheck {\n    __typename\n  }\n": types.SignInCheckDocument,
    "\n  query StrategiesPage {\n    strategies {\n      id\n      title\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes { id }\n    }\n  }\n": types.StrategiesPageDocument,
    "\n  query DashboardPage($strategy: ID!, $characteristic: String, $actions: DeliveryActionFilter!) {\n    strategy(id: $strategy) {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes {\n        id\n        code\n        name\n        lead\n        objectives(characteristic: $characteristic) { ...DashboardObjective }\n        kpis { ...DashboardKpi }\n      }\n      objectives(characteristic: $characteristic) { ...DashboardObjective }\n      kpis { ...DashboardKpi }\n    }\n    actions(filter: $actions, first: 100) {\n      totalCount\n      edges { node { id reference title status owners overdue dueAsWritten dueDate characteristics } }\n    }\n    owners(strategy: $strategy) { name }\n  }\n\n  fragment DashboardObjective on Objective {\n    id\n    code\n    title\n    statement\n    owners\n    characteristics\n    kpis { id }\n  }\n\n  fragment DashboardKpi on Kpi {\n    id\n    name\n    unit\n    direction\n    targetValue\n    characteristics\n    rag\n    stale\n    latest { period value }\n    trend { direction improving }\n    measurements { period value }\n  }\n": types.DashboardPageDocument,
    "\n  query WorkforceOptions {\n    organisations { id name }\n  }\n": types.WorkforceOptionsDocument,
    "\n  query WorkforcePage($organisation: ID!, $characteristic: String!, $category: String!) {\n    organisations { id name }\n    representation(organisation: $organisation, characteristic: $characteristic, category: $category, byRank: true) {\n      date\n      characteristic\n      category\n      groupInCommunity\n      communityTotal\n      communitySource\n      overall { ...RepresentationFigures }\n      byRank { ...RepresentationFigures }\n    }\n  }\n\n  fragment RepresentationFigures on RepresentationRow {\n    workforce\n    rank\n    groupInWorkforce\n    workforceTotal\n    computable\n    value\n    workforceShare\n    communityShare\n    notComputableReason\n  }\n": types.WorkforcePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      actions {\n        id\n        reference\n        title\n        actions\n        characteristicsAsWritten\n        owners\n        dueAsWritten\n        status\n        version\n        overdue\n        risks\n        objective { id code statement }\n        history { id text date status percentComplete evidence recordedBy recordedAt }\n      }\n    }\n  }\n"): typeof import('./graphql').ActionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProgress($input: RecordProgressInput!) {\n    recordProgress(input: $input) { id version status }\n  }\n"): typeof import('./graphql').RecordProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisparityOptions {\n    organisations { id name areaCode }\n  }\n"): typeof import('./graphql').DisparityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisparityPage($dataset: String!, $characteristic: String!, $reference: String!, $area: String!, $period: String!) {\n    organisations { id name areaCode }\n    disparity(dataset: $dataset, characteristic: $characteristic, reference: $reference, area: $area, period: $period) {\n      period\n      periodKind\n      firstDay\n      lastDay\n      monthsExpected\n      monthsHeld\n      complete\n      hasData\n      records\n      usableRecords\n      coverage\n      sources\n      denominator { source edition }\n      suppressionApplied\n      suppressionThreshold\n      countsPerturbed\n      ratePer\n      notes\n      rows {\n        category\n        isReference\n        usable\n        count\n        suppressed\n        suppressionReason\n        denominator\n        rate { computable value reason }\n        ratio { computable value lower upper significant reason }\n      }\n    }\n  }\n"): typeof import('./graphql').DisparityPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GatewayReady {\n    __typename\n  }\n"): typeof import('./graphql').GatewayReadyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiPage($strategy: ID!) {\n    strategy(id: $strategy) {\n      id\n      title\n      themes { id name kpis { ...KpiDetail } }\n      kpis { ...KpiDetail }\n    }\n  }\n\n  fragment KpiDetail on Kpi {\n    id\n    name\n    description\n    unit\n    direction\n    frequency\n    owners\n    baselineValue\n    baselinePeriod\n    targetValue\n    targetDate\n    measuredBy\n    rag\n    stale\n    latest { period value }\n    trend { direction change improving }\n    measurements {\n      id\n      period\n      value\n      source\n      note\n      recordedBy\n      recordedAt\n      correctionReason\n      revisions { id value source recordedBy recordedAt correctionReason correctedBy correctedAt }\n    }\n  }\n"): typeof import('./graphql').KpiPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurement($input: RecordMeasurementInput!) {\n    recordMeasurement(input: $input) { id period value }\n  }\n"): typeof import('./graphql').RecordMeasurementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInCheck {\n    __typename\n  }\n"): typeof import('./graphql').SignInCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategiesPage {\n    strategies {\n      id\n      title\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes { id }\n    }\n  }\n"): typeof import('./graphql').StrategiesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($strategy: ID!, $characteristic: String, $actions: DeliveryActionFilter!) {\n    strategy(id: $strategy) {\n      id\n      title\n      vision\n      periodFrom\n      periodTo\n      organisation { id name }\n      themes {\n        id\n        code\n        name\n        lead\n        objectives(characteristic: $characteristic) { ...DashboardObjective }\n        kpis { ...DashboardKpi }\n      }\n      objectives(characteristic: $characteristic) { ...DashboardObjective }\n      kpis { ...DashboardKpi }\n    }\n    actions(filter: $actions, first: 100) {\n      totalCount\n      edges { node { id reference title status owners overdue dueAsWritten dueDate characteristics } }\n    }\n    owners(strategy: $strategy) { name }\n  }\n\n  fragment DashboardObjective on Objective {\n    id\n    code\n    title\n    statement\n    owners\n    characteristics\n    kpis { id }\n  }\n\n  fragment DashboardKpi on Kpi {\n    id\n    name\n    unit\n    direction\n    targetValue\n    characteristics\n    rag\n    stale\n    latest { period value }\n    trend { direction improving }\n    measurements { period value }\n  }\n"): typeof import('./graphql').DashboardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceOptions {\n    organisations { id name }\n  }\n"): typeof import('./graphql').WorkforceOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforcePage($organisation: ID!, $characteristic: String!, $category: String!) {\n    organisations { id name }\n    representation(organisation: $organisation, characteristic: $characteristic, category: $category, byRank: true) {\n      date\n      characteristic\n      category\n      groupInCommunity\n      communityTotal\n      communitySource\n      overall { ...RepresentationFigures }\n      byRank { ...RepresentationFigures }\n    }\n  }\n\n  fragment RepresentationFigures on RepresentationRow {\n    workforce\n    rank\n    groupInWorkforce\n    workforceTotal\n    computable\n    value\n    workforceShare\n    communityShare\n    notComputableReason\n  }\n"): typeof import('./graphql').WorkforcePageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
