/**
 * `npm run bench:web`: how long a strategy's dashboard takes from navigation to its content in
 * Chromium, on this machine. The whole federation runs in this process on an embedded database
 * seeded from the plugins, on free loopback ports; the web app beside it; ten navigations.
 */
import { randomBytes } from 'node:crypto';
import { startLocalFederation } from '@edhr/federation/local-federation';
import { startWebServer } from '@edhr/web';
import { launchBrowser } from '@edhr/e2e/browser/chromium';

const RUNS = 10;
const STRATEGY = process.argv[2] ?? 'wmp-edhr-strategy';

process.env.LOG_LEVEL ??= 'warn';
process.env.DISCLOSURE_KEY ??= randomBytes(32).toString('hex');
const federation = await startLocalFederation({ gatewayPort: 0, subgraphPorts: 'free', auth: { kind: 'shared-key', secret: randomBytes(32).toString('hex') } });
const web = await startWebServer({ gatewayUrl: federation.gatewayUrl, port: 0 });
const browser = await launchBrowser();
try {
  const page = await browser.context.newPage();
  const url = `${web.url}/strategies/${STRATEGY}`;
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    // The dashboard's content: its last table, the delivery actions, rendered.
    await page.locator('table[data-table="actions"] tbody tr').first().waitFor({ state: 'visible' });
    const elapsed = performance.now() - started;
    if (run > 0) times.push(elapsed); // the first run warms the gateway's query plan cache and the page's assets
    else process.stdout.write(`first (cold) navigation: ${elapsed.toFixed(0)} ms\n`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  process.stdout.write(
    `${STRATEGY} dashboard, navigation to content, ${RUNS} runs: median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, fastest ${times[0]!.toFixed(0)} ms, slowest ${times.at(-1)!.toFixed(0)} ms\n`,
  );
} finally {
  await browser.close();
  await web.stop();
  await federation.stop();
}
