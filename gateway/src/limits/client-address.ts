import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import proxyAddr from 'proxy-addr';

/** The address a request is counted against; `null` when the socket has no address any more (it closed). */
export type ClientAddressOf = (req: IncomingMessage | undefined) => string | null;

/**
 * The client an address stands for. An IPv4 address seen on a dual-stack socket
 * (`::ffff:10.0.0.1`) is the same client as `10.0.0.1`. An IPv6 address stands for its /64: one
 * subscriber's network is usually handed a whole /64, so counting single addresses would let a
 * client pick a new one for every request and never meet a limit.
 */
function clientOf(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * Checks `GATEWAY_TRUSTED_PROXIES` entries (addresses, CIDR ranges, or proxy-addr's names
 * `loopback`, `linklocal`, `uniquelocal`); returns a problem per bad entry.
 */
export function trustedProxyProblems(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => {
    try {
      proxyAddr.compile(entry);
      return [];
    } catch (error) {
      return [`"${entry}" is not an address, a CIDR range or one of loopback, linklocal, uniquelocal (${(error as Error).message})`];
    }
  });
}

/**
 * How every per-client limit at the gateway (the public rate limit, failed authentications, the
 * abuse penalty) tells clients apart. With no trusted proxies, the connecting socket's address:
 * `X-Forwarded-For` is the client's to write and is ignored. Behind proxies named in
 * `trustedProxies`, the nearest address in `X-Forwarded-For` that is not one of them (proxy-addr,
 * as Express does it), so a client can prepend what it likes but never skip past a proxy.
 */
export function clientAddressResolver(trustedProxies: readonly string[]): ClientAddressOf {
  const trust = trustedProxies.length === 0 ? undefined : proxyAddr.compile([...trustedProxies]);
  const resolve = (req: IncomingMessage): string | null => {
    const address = req.socket.remoteAddress;
    if (!address) return null;
    return clientOf(trust ? proxyAddr(req, trust) : address);
  };
  // Each limit asks for the same request's client (the abuse guard, the cache's front, the
  // failed-authentication and rate limits): it is worked out once.
  const resolved = new WeakMap<IncomingMessage, string | null>();
  return (req) => {
    if (!req) return null;
    let client = resolved.get(req);
    if (client === undefined) {
      client = resolve(req);
      if (client !== null) resolved.set(req, client);
    }
    return client;
  };
}
