/**
 * The baseline: a bare node:http server answering every request with the dashboard's bytes, read
 * once from BENCH_BODY_FILE, on BENCH_PORT (a GET answers the same, which serves as its readiness
 * check). What no GraphQL server can beat on this machine.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.env.BENCH_BODY_FILE!);
const server = createServer((req, res) => {
  // The request body is read to its end, as every server must.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
    res.end(bytes);
  });
});
server.listen(Number(process.env.BENCH_PORT), '127.0.0.1');
process.once('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
