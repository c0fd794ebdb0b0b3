import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the proxy received it. */
export interface RecordedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RecordingProxy {
  /** The proxy's /graphql URL, on loopback. */
  url: string;
  /** The last request to /graphql it forwarded. */
  last(): RecordedRequest | undefined;
  close(): Promise<void>;
}

/** Headers that belong to one hop, not to the request. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

/**
 * A loopback proxy in front of `upstream` that keeps the last GraphQL request it forwarded, to see
 * what a gateway sends a subgraph. It adds a hop of its own: nothing sent through it is timed.
 */
export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  let last: RecordedRequest | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url?.startsWith('/graphql')) last = { headers: req.headers, body };
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter((entry): entry is [string, string] => !HOP_HEADERS.has(entry[0]) && typeof entry[1] === 'string'),
      );
      const method = req.method ?? 'GET';
      fetch(new URL(req.url ?? '/', upstream), { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body }).then(
        async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    last: () => last,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
