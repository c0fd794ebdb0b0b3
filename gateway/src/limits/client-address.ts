import type { IncomingMessage } from 'node:http';

/**
 * The address a request is counted against by every per-client limit at the gateway (the public
 * rate limit, failed authentications, the abuse penalty): the connecting socket's. Behind a proxy
 * that is the proxy's address. An IPv4 address seen on a dual-stack socket (`::ffff:10.0.0.1`) is
 * the same client as `10.0.0.1`. `null` when the socket has no address any more (it closed).
 */
export function clientAddressOf(req: IncomingMessage | undefined): string | null {
  const address = req?.socket.remoteAddress;
  if (!address) return null;
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
