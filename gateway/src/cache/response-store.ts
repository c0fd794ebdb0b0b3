import { LRUCache } from 'lru-cache';
import type { Cache } from '@envelop/response-cache';
import type { Clock } from '@edhr/kit';

type CachedResult = Parameters<Cache['set']>[1];

export interface ResponseStoreOptions {
  /** How long an answer is kept, in seconds. */
  ttlSeconds: number;
  /** Most answers kept; the least recently used goes first. */
  maxEntries: number;
  /** Most bytes kept, counted as the answers' JSON length. */
  maxBytes: number;
  /** Judges the TTL, so tests can move time on. */
  clock: Clock;
}

/** One request's view of the store: what it looked up, and whether it may still store its answer. */
export interface RequestView extends Cache {
  get(key: string): CachedResult | undefined;
  set(key: string, result: CachedResult, entities: Iterable<unknown>, ttl: number): void;
  invalidate(entities: Iterable<unknown>): void;
  /** Whether this request's lookup found an answer. */
  readonly hit: boolean;
}

/** A kept answer: the result the runtime serves, its JSON, and what the metrics label it with. */
export interface StoredAnswer {
  result: CachedResult;
  json: string;
  /** The JSON's length in UTF-8 bytes, the response's Content-Length. */
  byteLength: number;
  /** The operation's own name (undefined when anonymous), for the metrics of an answer served at the front. */
  operationName: string | undefined;
}

/**
 * Gives a stored answer the JSON it was measured by, as the `stringify` Yoga's result processor
 * calls when an answer has one: a cached answer is then written without being serialised again.
 * Not enumerable, so the answer's own JSON is unchanged; a plugin that answers with a changed copy
 * gets a copy without it, serialised afresh.
 */
function keepSerialisation(result: CachedResult, operationName: string | undefined): StoredAnswer {
  const json = JSON.stringify(result);
  Object.defineProperty(result, 'stringify', { value: () => json, enumerable: false, configurable: true });
  return { result, json, byteLength: Buffer.byteLength(json), operationName };
}

/**
 * The gateway's cached answers. Every write through the gateway empties it (`clear`), and each
 * request stores its answer only if no write began since the request began: a query that read
 * the subgraphs just before a write committed cannot put its answer back after the write
 * cleared the store.
 */
export class ResponseStore {
  private readonly entries: LRUCache<string, StoredAnswer>;
  private generation = 0;

  constructor(private readonly options: ResponseStoreOptions) {
    this.entries = new LRUCache<string, StoredAnswer>({
      max: options.maxEntries,
      maxSize: options.maxBytes,
      ttl: options.ttlSeconds * 1000,
      // The clock is read on every check, so a test's clock moved on is seen at once.
      ttlResolution: 0,
      perf: { now: () => options.clock.now().getTime() },
    });
  }

  /** How long an answer is kept, in milliseconds. */
  get ttlMs(): number {
    return this.options.ttlSeconds * 1000;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets every answer and refuses those still being computed. */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  /** The answer kept under `key`, if it is within its TTL (for the cache's front, which serves it as it is). */
  answerFor(key: string): StoredAnswer | undefined {
    return this.entries.get(key);
  }

  /** A view for one request, taken when its execution starts; `operationName` labels what it stores. */
  viewForRequest(operationName?: string): RequestView {
    const startedIn = this.generation;
    let hit = false;
    return {
      get hit() {
        return hit;
      },
      get: (key) => {
        const found = this.entries.get(key);
        hit = found !== undefined;
        return found?.result;
      },
      set: (key, result) => {
        // The TTL is the store's own, whatever the plugin worked out per type.
        if (this.generation !== startedIn) return;
        const answer = keepSerialisation(result, operationName);
        this.entries.set(key, answer, { size: Math.max(1, answer.json.length) });
      },
      invalidate: () => {
        // Entity-by-entity invalidation cannot see an entity added to a list; writes clear everything instead.
        this.clear();
      },
    };
  }
}
