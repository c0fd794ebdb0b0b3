import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from '../src/harness';
import { startWebServer, type RunningWebServer } from '@edhr/web';
import { expectAccessible, keepScreenshot } from './browser';
import { actionPath, clock, openWebSession, type WebSession } from './web-session';

describe('signing in to the web app', { timeout: 240_000 }, () => {
  let session: WebSession;
  let harness: Harness;
  let web: RunningWebServer;
  let page: Page;
  let tokens: Record<string, string>;
  let signIn: WebSession['signIn'];

  beforeAll(async () => {
    session = await openWebSession();
    ({ harness, web, page, tokens, signIn } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('signs in only with a token the gateway accepts, keeping it in an httpOnly, SameSite=Strict cookie', async () => {
    await page.goto(`${web.url}/sign-in`);
    await page.fill('#token', 'not-a-token');
    await page.click('form[action="/sign-in"] button');
    expect(await page.locator('.govuk-error-summary__list a').textContent()).toMatch(/^Token: /);
    await expectAccessible(page);
    await keepScreenshot(page, 'sign-in-error');
    await signIn(tokens.staff!);
    const [cookie] = await page.context().cookies(web.url);
    expect(cookie).toMatchObject({ name: 'edhr_token', httpOnly: true, sameSite: 'Strict', value: tokens.staff });
    expect(page.url()).not.toContain(tokens.staff!);
    await expect.poll(() => page.locator('.app-account').textContent()).toContain('Signed in as analyst (staff)');
    await page.click('.app-account button');
    await page.waitForURL(`${web.url}/strategies`);
    expect(await page.context().cookies(web.url)).toEqual([]);
  });

  it('behind a signing-in proxy, takes the bearer token the proxy passes, and has no token form', async () => {
    const proxied = await startWebServer({ gatewayUrl: harness.federation.gatewayUrl, port: 0, clock, signIn: 'proxy' });
    try {
      const workforce = `${proxied.url}/workforce?organisation=west-midlands-police&characteristic=RACE&category=BAME`;
      const asStaff = await fetch(workforce, { headers: { authorization: `Bearer ${tokens.staff}` } });
      const page = await asStaff.text();
      expect(page).toContain('Signed in as analyst (staff)');
      expect(page).toMatch(/Constable \(officer\)/);
      const asPublic = await (await fetch(workforce)).text();
      expect(asPublic).toContain('Viewing as the public.');
      expect(asPublic).not.toMatch(/Constable \(officer\)/);
      const signIn = await fetch(`${proxied.url}/sign-in`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${tokens.staff}` });
      expect(signIn.status).toBe(405);
      expect(signIn.headers.get('set-cookie')).toBeNull();
      expect(await (await fetch(`${proxied.url}/sign-in`)).text()).toContain("You sign in through your organisation's sign-in");
    } finally {
      await proxied.stop();
    }
  });

  it('refuses a form posted from another site', async () => {
    const response = await fetch(`${web.url}${actionPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example', cookie: `edhr_token=${tokens.peopleOwner}` },
      body: 'text=From+elsewhere&status=COMPLETE&expectedVersion=2',
    });
    expect(response.status).toBe(403);
  });
});
