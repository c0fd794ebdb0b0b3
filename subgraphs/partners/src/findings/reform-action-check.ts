import type { GraphQLError } from 'graphql';
import { INTERNAL_TOKEN_HEADER, serviceUnavailable, signInternalToken, systemClock, type Clock, type Identity, type ServicesContext } from '@edhr/kit';
import { inputError } from '../common/input-error';

/** The subset of `fetch` the check uses; tests pass their own. */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: AbortSignal }) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

/** Where organisational-processes is and how to call it (directly, as the `service` role). */
export interface OrganisationalProcessesTarget {
  url: string;
  secret: string;
  clock?: Clock;
  fetch?: FetchLike;
  /** Time allowed for one call (default 10 s). */
  timeoutMs?: number;
}

/** organisational-processes at its peer URL, called with the context's secret and clock; null without a secret. */
export function reformActionTargetFrom(context: ServicesContext): OrganisationalProcessesTarget | null {
  return context.internalTokenSecret
    ? { url: context.peers['organisational-processes'], secret: context.internalTokenSecret, clock: context.clock }
    : null;
}

const CALLER: Identity = { subject: 'partners', roles: ['service'] };
const ACTION = `query ReformAction($r: [_Any!]!) { _entities(representations: $r) { ... on DeliveryAction { id strategyKey } } }`;
const ORGANISATION = `query ReformActionOrganisation($k: ID!) { strategy(id: $k) { organisation { id areaCode } } }`;

/**
 * Refuses (BAD_USER_INPUT, field `deliveryAction`) a reform action that organisational-processes
 * does not know, or one of an organisation other than the finding's: its strategy's organisation
 * must have the finding's area as its area. Asked over GraphQL, never from another subgraph's tables.
 */
export async function checkReformAction(target: OrganisationalProcessesTarget | null, action: string, findingArea: string): Promise<void> {
  const found = await ask<{ _entities: ({ id: string; strategyKey: string } | null)[] }>(target, ACTION, { r: [{ __typename: 'DeliveryAction', id: action }] });
  const node = found._entities[0];
  if (!node) throw inputError('deliveryAction', `no delivery action "${action}" exists`);
  const strategy = await ask<{ strategy: { organisation: { id: string; areaCode: string | null } } | null }>(target, ORGANISATION, { k: node.strategyKey });
  const organisation = strategy.strategy?.organisation ?? null;
  if (organisation?.areaCode !== findingArea) {
    throw inputError(
      'deliveryAction',
      `delivery action "${action}" belongs to ${organisation ? `organisation "${organisation.id}" (area ${organisation.areaCode ?? 'not given'})` : 'no organisation'}, not to the organisation of the finding's area ${findingArea}`,
    );
  }
}

async function ask<T>(target: OrganisationalProcessesTarget | null, query: string, variables: Record<string, unknown>): Promise<T> {
  if (!target) throw unavailable('organisational-processes is not configured');
  const doFetch: FetchLike = target.fetch ?? fetch;
  const signal = AbortSignal.timeout(target.timeoutMs ?? 10_000);
  let status: number;
  let text: string;
  try {
    const response = await doFetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: await signInternalToken(CALLER, target.secret, target.clock ?? systemClock) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    throw unavailable(error instanceof Error ? error.message : String(error));
  }
  let answer: { data?: T; errors?: { message: string }[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw unavailable(`HTTP ${status}, not a JSON answer`);
  }
  if (answer.errors?.length || !answer.data) throw unavailable(answer.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}, no data`);
  return answer.data;
}

function unavailable(reason: string): GraphQLError {
  return serviceUnavailable(`deliveryAction: cannot be checked with organisational-processes now (${reason}); nothing was changed`, { field: 'deliveryAction', http: { status: 503 } });
}
