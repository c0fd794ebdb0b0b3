import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import express, { type Request, type Response } from 'express';
import nunjucks from 'nunjucks';
import { viewerFromToken, type Viewer } from '../auth/viewer';
import { forgetToken, keepToken, tokenOf, type SignInMode } from '../auth/session';
import type { GatewayClient } from '../graphql/gateway-client';
import { webPages } from '../pages';
import { healthRoutes } from './health';
import type { Clock, PageRequest, PageResponse, WebPage } from '../pages/page';

export interface WebAppOptions {
  gateway: GatewayClient;
  signIn: SignInMode;
  /** Cookies marked Secure: the app is reached over HTTPS. */
  secureCookies: boolean;
  clock: Clock;
  /** The client `/health/ready` asks the gateway through: a short timeout, the pages' own mode. */
  readinessGateway: GatewayClient;
}

const here = dirname(fileURLToPath(import.meta.url));
const govukDist = join(dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')), 'dist');

/** The app: GOV.UK pages rendered on the server from one gateway request each, and their assets. */
export function createWebApp(options: WebAppOptions) {
  const app = express();
  app.disable('x-powered-by');
  const views = nunjucks.configure([join(here, '../views'), govukDist], { autoescape: true, noCache: false });
  const pages = webPages(options.signIn);
  const navigation = pages.filter((p) => p.navigation).map((p) => p.navigation!);

  app.use((_request, response, next) => {
    const nonce = randomBytes(16).toString('base64');
    response.locals.nonce = nonce;
    // Charts are inline SVG with Plot's own <style>; scripts only our own files and the template's one line.
    response.setHeader(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'`,
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  const immutable = { maxAge: '1d', index: false };
  app.use('/assets', express.static(join(govukDist, 'govuk/assets'), immutable));
  app.use('/stylesheets', express.static(join(govukDist, 'govuk'), { ...immutable, extensions: ['css'] }));
  app.use('/javascripts', express.static(join(govukDist, 'govuk'), immutable));
  app.use('/app', express.static(join(here, '../assets'), { index: false }));
  app.use(healthRoutes(options.readinessGateway));
  app.use(express.urlencoded({ extended: false, limit: '100kb' }));

  const render = (request: Request, response: Response, viewer: Viewer, page: PageResponse) => {
    switch (page.kind) {
      case 'redirect':
        if (page.setToken) keepToken(response, page.setToken, { secure: options.secureCookies, expiresAt: viewerFromToken(page.setToken).expiresAt, nowSeconds: Math.floor(options.clock.now().getTime() / 1000) });
        if (page.clearToken) forgetToken(response, options.secureCookies);
        response.redirect(303, page.location);
        return;
      case 'csv':
        response.status(200).type('text/csv; charset=utf-8').attachment(page.filename).send(page.body);
        return;
      case 'html': {
        const body = views.render(page.view, {
          ...page.context,
          title: page.title,
          viewer,
          signInMode: options.signIn,
          cspNonce: response.locals.nonce as string,
          navigation: navigation.map((n) => ({ ...n, active: request.path === n.href || request.path.startsWith(`${n.href}/`) })),
          accountSlot: accountHtml(viewer, options.signIn),
        });
        response.status(page.status ?? 200).type('html').send(body);
        return;
      }
    }
  };

  const handle = (page: WebPage, method: 'get' | 'post') => async (request: Request, response: Response) => {
    const viewer = viewerFromToken(tokenOf(request, options.signIn));
    if (method === 'post' && !sameOrigin(request)) {
      response.status(403).type('text').send('Forms are accepted from this site only.');
      return;
    }
    const pageRequest: PageRequest = {
      params: request.params as Record<string, string>,
      query: Object.fromEntries(Object.entries(request.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])),
      form: method === 'post' ? Object.fromEntries(Object.entries((request.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : undefined])) : {},
      viewer,
      gateway: options.gateway,
      clock: options.clock,
    };
    try {
      render(request, response, viewer, await page[method]!(pageRequest));
    } catch (error) {
      render(request, response, viewer, { kind: 'html', view: 'pages/error.njk', title: 'Sorry, there is a problem', status: 502, context: { message: (error as Error).message } });
    }
  };
  app.get('/', (_request, response) => response.redirect(302, '/strategies'));
  for (const page of pages) {
    if (page.get) app.get(page.path, handle(page, 'get'));
    if (page.post) app.post(page.path, handle(page, 'post'));
  }
  app.use((request, response) => {
    render(request, response, viewerFromToken(tokenOf(request, options.signIn)), { kind: 'html', view: 'pages/not-found.njk', title: 'Page not found', status: 404, context: { what: 'page' } });
  });
  return app;
}

/** A form POST must come from this site: the SameSite=Strict cookie already says so, and this says it for the proxy's header too. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.origin;
  if (!origin) return request.headers['sec-fetch-site'] === undefined || request.headers['sec-fetch-site'] === 'same-origin';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function accountHtml(viewer: Viewer, mode: SignInMode): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  if (!viewer.signedIn) {
    return mode === 'cookie'
      ? '<p class="govuk-body-s app-account">Viewing as the public. <a class="govuk-link" href="/sign-in">Sign in</a></p>'
      : '<p class="govuk-body-s app-account">Viewing as the public.</p>';
  }
  const who = `${escape(viewer.subject ?? 'unknown')} (${escape(viewer.roles.join(', ') || 'no role')})`;
  return mode === 'cookie'
    ? `<form class="app-account" method="post" action="/sign-out"><p class="govuk-body-s">Signed in as ${who} <button class="govuk-button govuk-button--secondary app-account__button" data-module="govuk-button">Sign out</button></p></form>`
    : `<p class="govuk-body-s app-account">Signed in as ${who}</p>`;
}
