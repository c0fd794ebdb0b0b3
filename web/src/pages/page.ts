import type { GatewayClient } from '../graphql/gateway-client';
import type { Viewer } from '../auth/viewer';

/** Where "now" comes from; tests pass the federation's fixed clock. */
export interface Clock {
  now(): Date;
}

export interface PageRequest {
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  /** A POSTed form's fields. */
  form: Record<string, string | undefined>;
  viewer: Viewer;
  gateway: GatewayClient;
  clock: Clock;
}

export type PageResponse =
  | { kind: 'html'; view: string; title: string; status?: number; context: Record<string, unknown> }
  | { kind: 'redirect'; location: string; setToken?: string; clearToken?: boolean }
  | { kind: 'csv'; filename: string; body: string };

/** One page of the app: its route, its place in the service navigation, its handlers. */
export interface WebPage {
  path: string;
  navigation?: { text: string; href: string };
  get?(request: PageRequest): Promise<PageResponse>;
  post?(request: PageRequest): Promise<PageResponse>;
}

export const html = (view: string, title: string, context: Record<string, unknown>, status?: number): PageResponse => ({
  kind: 'html',
  view,
  title,
  context,
  status,
});

export const notFound = (what: string): PageResponse => html('pages/not-found.njk', 'Page not found', { what }, 404);
