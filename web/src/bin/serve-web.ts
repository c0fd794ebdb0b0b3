/**
 * The web app alone, as it runs in production beside the gateway:
 * `NODE_ENV=production GATEWAY_URL=… WEB_PORT=3000 npm start -w @edhr/web`.
 */
import { startWebServer } from '../server/serve-web';
import { loadWebConfig } from '../server/web-config';

try {
  const config = loadWebConfig();
  const server = await startWebServer(config);
  process.stdout.write(`EDHR web app on ${server.url} (gateway ${config.gatewayUrl}, sign-in: ${config.signIn})\n`);
  const stop = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`The web app could not start: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
