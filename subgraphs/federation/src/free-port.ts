import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Linux's default first ephemeral port, when the system does not say. */
const DEFAULT_EPHEMERAL_LOW = 32768;
/** The lowest port chosen: above the registered ports most services use. */
const LOWEST = 10000;
/** Tries before falling back to a port the system picks. */
const ATTEMPTS = 50;

/**
 * Asks for a free loopback port, so every URL is known before anything starts. The port is
 * free when this returns, but a service binds it only seconds later (after its migrations); so
 * it is chosen at random below the system's ephemeral range, from which the system hands out
 * every outgoing connection's local port and every `listen(0)` — a port from inside that range
 * can be taken in between by any connection any process opens (seen when many tests run at once).
 * Falls back to a port the system picks when none below the range is free.
 */
export async function freePort(host = '127.0.0.1', random: () => number = Math.random): Promise<number> {
  const highest = ephemeralLow() - 1;
  if (highest > LOWEST) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const port = LOWEST + Math.floor(random() * (highest - LOWEST + 1));
      if ((await probe(host, port)) !== null) return port;
    }
  }
  const chosen = await probe(host, 0);
  if (chosen === null) throw new Error(`no free port on ${host}`);
  return chosen;
}

/** The first port of the system's ephemeral range (Linux), or its default where it cannot be read. */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : DEFAULT_EPHEMERAL_LOW;
  } catch {
    return DEFAULT_EPHEMERAL_LOW;
  }
}

/** Binds `port` (0: any) on `host` and lets it go: the port bound, or null when it is taken or cannot be bound. */
function probe(host: string, port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen({ port, host, exclusive: true }, () => {
      const bound = (server.address() as AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}
