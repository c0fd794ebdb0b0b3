import { startProductionFederation } from './production-federation';
import { bearerToken } from './seed';
import { DASHBOARD_QUERY } from './dashboard-query';
import { throughputInTurns } from './measure';
const federation = await startProductionFederation(undefined);
try {
  const staffToken = await bearerToken(federation.authSecret, 'bench-staff', ['staff']);
  const body = JSON.stringify({ query: DASHBOARD_QUERY, variables: { id: 'wmp-edhr-strategy' } });
  const t = { label: 'cached', url: federation.gatewayUrl, body, headers: { authorization: `Bearer ${staffToken}` } };
  const [r] = await throughputInTurns([async () => t], { seconds: Number(process.env.S || 10) });
  console.log(JSON.stringify(r));
} finally {
  await federation.stop();
}
