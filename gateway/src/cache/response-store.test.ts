import { describe, expect, it } from 'vitest';
import { movableClock } from '@edhr/kit';
import { ResponseStore } from './response-store';

const answer = (value: number) => ({ data: { value } });

function storeAt(start: string, options: { maxEntries?: number; maxBytes?: number } = {}) {
  const clock = movableClock(start);
  const store = new ResponseStore({ ttlSeconds: 30, maxEntries: options.maxEntries ?? 10, maxBytes: options.maxBytes ?? 1_000_000, clock });
  return { store, advance: clock.advance };
}

describe('the gateway response store', () => {
  it('keeps an answer for its TTL by the clock it was given, and reports hits', () => {
    const { store, advance } = storeAt('2026-12-01T12:00:00Z');
    store.viewForRequest().set('k', answer(1), [], Infinity);
    const within = store.viewForRequest();
    advance(29);
    expect(within.get('k')).toEqual(answer(1));
    expect(within.hit).toBe(true);
    advance(2);
    const after = store.viewForRequest();
    expect(after.get('k')).toBeUndefined();
    expect(after.hit).toBe(false);
  });

  it('refuses an answer from a request that began before a write emptied the store', () => {
    const { store } = storeAt('2026-12-01T12:00:00Z');
    const readBeforeWrite = store.viewForRequest();
    store.clear();
    readBeforeWrite.set('k', answer(1), [], Infinity);
    expect(store.viewForRequest().get('k')).toBeUndefined();
    const readAfterWrite = store.viewForRequest();
    readAfterWrite.set('k', answer(2), [], Infinity);
    expect(store.viewForRequest().get('k')).toEqual(answer(2));
  });

  it('empties itself whenever asked to invalidate anything', () => {
    const { store } = storeAt('2026-12-01T12:00:00Z');
    store.viewForRequest().set('a', answer(1), [], Infinity);
    store.viewForRequest().set('b', answer(2), [], Infinity);
    store.viewForRequest().invalidate([{ typename: 'Kpi', id: 'x' }]);
    expect(store.size).toBe(0);
  });

  it('forgets the least recently used answers beyond its bounds of entries and bytes', () => {
    const { store } = storeAt('2026-12-01T12:00:00Z', { maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) store.viewForRequest().set(key, answer(1), [], Infinity);
    expect(store.viewForRequest().get('a')).toBeUndefined();
    expect(store.size).toBe(2);

    const small = storeAt('2026-12-01T12:00:00Z', { maxBytes: 60 }).store;
    small.viewForRequest().set('a', answer(1), [], Infinity);
    small.viewForRequest().set('b', { data: { text: 'x'.repeat(30) } }, [], Infinity);
    expect(small.viewForRequest().get('a')).toBeUndefined();
    expect(small.viewForRequest().get('b')).toBeDefined();
  });

  it('keeps the JSON of each answer beside it, for the answer to be written as it was measured', () => {
    const { store } = storeAt('2026-12-01T12:00:00Z');
    const stored = { data: { strategy: { title: 'Équité', themes: [{ code: 'A' }] } } };
    store.viewForRequest().set('k', stored, [], Infinity);
    const found = store.viewForRequest().get('k') as typeof stored & { stringify?: () => string };
    expect(found.stringify?.()).toBe('{"data":{"strategy":{"title":"Équité","themes":[{"code":"A"}]}}}');
    // The answer itself is unchanged: its keys and its own JSON are what they were.
    expect(Object.keys(found)).toEqual(['data']);
    expect(JSON.stringify(found)).toBe(found.stringify?.());
    // A copy made by a plugin does not carry it, so a changed answer is serialised afresh.
    expect({ ...found }).not.toHaveProperty('stringify');
  });
});
