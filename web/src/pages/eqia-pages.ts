import { EqiaPageQuery, EqiaRegisterQuery } from '../graphql/operations/eqias';
import type { EqiaDecision, EqiaFilter, EqiaRegisterQuery as EqiaRegisterResult } from '../generated/graphql';
import { PublicationOptionsQuery } from '../graphql/operations/publication';
import { toGovukTable, type TableCell } from '../tables/table';
import { CHARACTERISTICS } from './characteristics';
import { characteristicName, characteristicNames } from './characteristic-names';
import { formErrors, fieldErrors } from './form-errors';
import { formatDate, selectItems, statusLabel } from './format';
import { actionHref, eqiaHref } from './links';
import { html, notFound, type WebPage } from './page';

const DECISIONS: EqiaDecision[] = ['NO_CHANGE', 'ADJUST', 'CONTINUE', 'STOP'];
const LABELS = { organisation: 'Organisation', reviewOverdue: 'Review overdue', decision: 'Decision', negativeFor: 'Negative impact on' };
const IMPACT_TAG = { POSITIVE: 'green', NEUTRAL: 'grey', NEGATIVE: 'red', UNKNOWN: 'grey' } as const;
const IMPACT_TEXT = { POSITIVE: 'Positive', NEUTRAL: 'Neutral', NEGATIVE: 'Negative', UNKNOWN: 'Not assessed' } as const;

const reviewCell = (reviewDue: string | null | undefined, overdue: boolean | null | undefined): TableCell =>
  !reviewDue ? 'No review date' : overdue ? { text: `Overdue: ${formatDate(reviewDue)}`, tag: 'red' } : formatDate(reviewDue);

function filterOf(query: Record<string, string | undefined>): EqiaFilter {
  return {
    reviewOverdue: query.reviewOverdue === 'true' ? true : query.reviewOverdue === 'false' ? false : undefined,
    decision: DECISIONS.includes(query.decision as EqiaDecision) ? (query.decision as EqiaDecision) : undefined,
    negativeFor: query.negativeFor || undefined,
  };
}

function registerTable(eqias: EqiaRegisterResult['eqias']) {
  return toGovukTable({
    id: 'eqias',
    caption: `Equality impact assessments (${eqias.length})`,
    head: ['Assessment', 'Kind', 'Stage', 'Due', 'Decision', 'Negative impact on', 'Review'],
    rows: eqias.map((e): TableCell[] => [
      { text: e.title, href: eqiaHref(e.id) },
      statusLabel(e.kind),
      statusLabel(e.stage),
      e.dueDate ? formatDate(e.dueDate) : (e.dueAsWritten ?? 'Not stated'),
      e.decision ? statusLabel(e.decision) : 'Not recorded',
      characteristicNames(e.negativeFor),
      reviewCell(e.reviewDue, e.reviewOverdue),
    ]),
  });
}

/** The EQIA register of an organisation, filtered; staff and above (the API's rule). */
export const eqiaRegisterPage: WebPage = {
  path: '/eqias',
  navigation: { text: 'EQIAs', href: '/eqias' },
  async get({ gateway, viewer, query }) {
    const filter = filterOf(query);
    const form = { reviewOverdue: query.reviewOverdue ?? '', decision: filter.decision ?? '', negativeFor: filter.negativeFor ?? '' };
    const options = (organisations: { id: string; name: string }[], organisation: string | undefined) => ({
      organisation: selectItems(organisations.map((o) => ({ value: o.id, text: o.name })), organisation),
      reviewOverdue: selectItems([{ value: 'true', text: 'Overdue' }, { value: 'false', text: 'Not overdue' }], form.reviewOverdue, 'Any'),
      decision: selectItems(DECISIONS.map((d) => ({ value: d, text: statusLabel(d) })), form.decision, 'Any'),
      negativeFor: selectItems(CHARACTERISTICS, form.negativeFor, 'Any'),
    });
    if (!viewer.signedIn || !query.organisation) {
      const result = await gateway.execute(PublicationOptionsQuery, {}, viewer.token);
      if (result.errors) throw new Error(result.errors[0]!.message);
      return html('pages/eqias.njk', 'EQIA register', { signedIn: viewer.signedIn, options: options(result.data.organisations, query.organisation), errors: [], fieldErrors: {} });
    }
    const result = await gateway.execute(EqiaRegisterQuery, { organisation: query.organisation, filter }, viewer.token);
    if (result.errors) {
      const errors = formErrors(result.errors, LABELS, 'organisation');
      return html('pages/eqias.njk', 'EQIA register', { signedIn: true, options: options([], query.organisation), errors, fieldErrors: fieldErrors(errors) }, 400);
    }
    const organisation = result.data.organisations.find((o) => o.id === query.organisation);
    return html('pages/eqias.njk', 'EQIA register', {
      signedIn: true,
      organisation,
      options: options(result.data.organisations, query.organisation),
      table: registerTable(result.data.eqias),
      errors: [],
      fieldErrors: {},
    });
  },
};

/** One EQIA: the nine characteristics' impacts, consultation, decision, mitigations, objectives, reviews. */
export const eqiaPage: WebPage = {
  path: '/eqias/:id',
  async get({ gateway, viewer, params }) {
    if (!viewer.signedIn) return html('pages/eqia.njk', 'Equality impact assessment', { signedIn: false });
    const result = await gateway.execute(EqiaPageQuery, { id: params.id! }, viewer.token);
    if (result.errors) return html('pages/error.njk', 'Equality impact assessment', { message: result.errors.map((e) => e.message).join(' ') }, 400);
    const eqia = result.data.eqia;
    if (!eqia) return notFound(`EQIA "${params.id}"`);
    return html('pages/eqia.njk', eqia.title, {
      signedIn: true,
      eqia,
      backLink: { text: 'EQIA register', href: `/eqias?organisation=${encodeURIComponent(eqia.organisation?.id ?? '')}` },
      summary: [
        ['Kind', statusLabel(eqia.kind)],
        ['Owner', eqia.owner ?? 'Not named'],
        ['Stage', statusLabel(eqia.stage)],
        ['Due', eqia.dueDate ? formatDate(eqia.dueDate) : (eqia.dueAsWritten ?? 'Not stated')],
        ['Completed', eqia.completedOn ? formatDate(eqia.completedOn) : 'Not completed'],
        ['Consultation', eqia.consultation ?? 'None recorded'],
        ['Decision', eqia.decision ? statusLabel(eqia.decision) : 'Not recorded'],
        ['Justification', eqia.justification ?? 'None recorded'],
        ['Last reviewed', eqia.lastReviewedOn ? formatDate(eqia.lastReviewedOn) : 'Never'],
        ['Source', [eqia.sourceLocation, eqia.sourceQuote && `“${eqia.sourceQuote}”`].filter(Boolean).join(': ') || 'Recorded through the API'],
      ].map(([key, value]) => ({ key: { text: key }, value: { text: value } })),
      reviewDue: eqia.reviewDue ? formatDate(eqia.reviewDue) : undefined,
      impacts: toGovukTable({
        id: 'impacts',
        caption: 'Impact on each protected characteristic',
        head: ['Characteristic', 'Impact', 'Evidence'],
        rows: eqia.impacts.map((i): TableCell[] => [characteristicName(i.characteristic), { text: IMPACT_TEXT[i.impact], tag: IMPACT_TAG[i.impact] }, i.evidence ?? 'None given']),
      }),
      mitigations: toGovukTable({
        id: 'mitigations',
        caption: `Mitigations: delivery actions (${eqia.mitigations.length})`,
        head: ['Reference', 'Action'],
        rows: eqia.mitigations.map((a): TableCell[] => [{ text: a.reference, href: actionHref(a.strategyKey, a.id) }, a.title ?? 'Untitled']),
      }),
      objectives: toGovukTable({
        id: 'objectives',
        caption: `Objectives it serves (${eqia.objectives.length})`,
        head: ['Objective', 'Title'],
        rows: eqia.objectives.map((o): TableCell[] => [{ text: o.code ?? o.id, href: `/strategies/${encodeURIComponent(o.strategyKey)}` }, o.title ?? 'Untitled']),
      }),
      reviews: toGovukTable({
        id: 'reviews',
        caption: `Reviews (${eqia.reviews.length})`,
        head: ['Reviewed', 'Outcome', 'Decision', 'Next review'],
        rows: eqia.reviews.map((r): TableCell[] => [formatDate(r.reviewedOn), r.outcome, r.decision ? statusLabel(r.decision) : 'Not changed', r.nextReviewDue ? formatDate(r.nextReviewDue) : 'Not set']),
      }),
    });
  },
};
