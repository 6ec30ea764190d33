import { describe, expect, it } from 'vitest';
import { keptPerText } from './kept-per-text';

describe('a reading kept per text', () => {
  it('reads a text once however often it is asked', () => {
    let reads = 0;
    const length = keptPerText((text) => (reads++, text.length));
    expect(length('营业收入 12.3 亿元')).toBe(12);
    expect(length('营业收入 12.3 亿元')).toBe(12);
    expect(reads).toBe(1);
  });

  it('keeps several texts asked in turn, not only the last', () => {
    let reads = 0;
    const read = keptPerText((text) => (reads++, text.toUpperCase()), 3);
    for (let round = 0; round < 4; round++) for (const text of ['a', 'b', 'c']) read(text);
    expect(reads).toBe(3);
  });

  it('forgets the oldest text once more are asked than it keeps', () => {
    let reads = 0;
    const read = keptPerText((text) => (reads++, text), 2);
    read('a');
    read('b');
    read('c');
    read('a');
    expect(reads).toBe(4);
  });

  it('gives the same value for a text each time, so its caller may fill it in', () => {
    const found = keptPerText(() => new Map<number, string>());
    found('first').set(3, 'Scope 1');
    expect(found('second').has(3)).toBe(false);
    expect(found('first').get(3)).toBe('Scope 1');
  });
});
