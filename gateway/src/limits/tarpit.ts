import type { IncomingMessage, ServerResponse } from 'node:http';

export interface TarpitLimits {
  /** How long a socket is held before it is answered. */
  holdMs: number;
  /** Sockets held at once for one address. */
  perAddress: number;
  /** Sockets held at once in all. */
  total: number;
}

export interface Tarpit {
  /**
   * Calls `answer` after holding the request's socket for `holdMs`, or at once when the address
   * or the whole tarpit already holds as many as allowed. Nothing of the body is read meanwhile:
   * the stream stays paused, so TCP flow control stops a client that is still uploading.
   */
  hold(address: string, req: IncomingMessage, res: ServerResponse, answer: () => void): void;
  /** Sockets held now. */
  readonly held: number;
  /** Answers every held request at once (on shutdown). */
  releaseAll(): void;
}

/**
 * Slows a client that keeps sending what will be refused: its answer waits on a timer, costing
 * the gateway a socket and a timer, no CPU, instead of letting a tight loop send its next request
 * at once. Bounded per address and in all, so holding sockets cannot itself exhaust the gateway.
 */
export function createTarpit(limits: TarpitLimits): Tarpit {
  const heldPer = new Map<string, number>();
  const releases = new Set<() => void>();
  return {
    hold(address, req, res, answer) {
      const forAddress = heldPer.get(address) ?? 0;
      if (limits.holdMs === 0 || forAddress >= limits.perAddress || releases.size >= limits.total) {
        answer();
        return;
      }
      req.pause();
      heldPer.set(address, forAddress + 1);
      let done = false;
      const release = (send: boolean) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        releases.delete(releaseNow);
        res.off('close', onClose);
        const left = (heldPer.get(address) ?? 1) - 1;
        if (left === 0) heldPer.delete(address);
        else heldPer.set(address, left);
        if (send) answer();
      };
      const releaseNow = () => release(true);
      // The client gave up first: nothing to answer, and the slot is free again.
      const onClose = () => release(false);
      const timer = setTimeout(releaseNow, limits.holdMs);
      releases.add(releaseNow);
      res.once('close', onClose);
    },
    get held() {
      return releases.size;
    },
    releaseAll() {
      for (const release of [...releases]) release();
    },
  };
}
