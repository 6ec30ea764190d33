import { describe, expect, it } from 'vitest';
import { HeldLru } from './held-lru';

function cache(capacity: number) {
  const dropped: string[] = [];
  const lru = new HeldLru<string>(capacity, (value) => dropped.push(value));
  return { lru, dropped };
}

describe('HeldLru', () => {
  it('drops the least recently used value beyond its capacity', () => {
    const { lru, dropped } = cache(2);
    lru.set('a', 'A');
    lru.set('b', 'B');
    lru.get('a');
    lru.set('c', 'C');
    expect(dropped).toEqual(['B']);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('never drops a held value, and drops it once released and no longer recent', () => {
    const { lru, dropped } = cache(2);
    lru.set('shown', 'S');
    const release = lru.hold('shown');
    for (const key of ['b', 'c', 'd']) lru.set(key, key.toUpperCase());
    expect(dropped).toEqual(['B', 'C']);
    expect(lru.get('shown')).toBe('S');
    lru.set('e', 'E');
    release();
    release();
    lru.set('f', 'F');
    lru.set('g', 'G');
    expect(dropped).toEqual(['B', 'C', 'D', 'S', 'E']);
    expect(lru.size).toBe(2);
  });

  it('keeps a value held twice until both holds are released', () => {
    const { lru, dropped } = cache(1);
    lru.set('a', 'A');
    const first = lru.hold('a');
    const second = lru.hold('a');
    first();
    lru.set('b', 'B');
    expect(dropped).toEqual([]);
    second();
    lru.set('c', 'C');
    expect(dropped).toEqual(['A', 'B']);
  });

  it('forgets a value without dropping it, only if the key still maps to it', () => {
    const { lru, dropped } = cache(2);
    lru.set('a', 'old');
    lru.set('a', 'new');
    lru.forget('a', 'old');
    expect(lru.get('a')).toBe('new');
    lru.forget('a', 'new');
    expect(lru.get('a')).toBeUndefined();
    expect(dropped).toEqual([]);
  });

  it('retains only the given keys and the held ones', () => {
    const { lru, dropped } = cache(5);
    for (const key of ['a', 'b', 'c', 'd']) lru.set(key, key.toUpperCase());
    lru.hold('c');
    lru.retainOnly(new Set(['a']));
    expect(dropped).toEqual(['B', 'D']);
    expect([lru.get('a'), lru.get('c')]).toEqual(['A', 'C']);
  });
});
