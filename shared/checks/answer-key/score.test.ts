import { describe, expect, it } from 'vitest';
import { score, type KeyEntry, type ReportedCheck } from './score';

const entry = (holds: boolean, values: number[], context?: string): KeyEntry => ({
  doc: 'r.txt',
  kind: holds ? 'ratio' : 'consistency',
  holds,
  figures: values.map((value) => ({ value, context })),
  why: 'test',
});
const reported = (holds: boolean, figures: Array<[number, number]>): ReportedCheck => ({
  kind: holds ? 'ratio' : 'consistency',
  holds,
  figures: figures.map(([start, value]) => ({ doc: 'r.txt', start, end: start + 3, value })),
});

describe('scoring checks against the answer key', () => {
  it('counts a mismatch found, a false alarm and a holding share not reported', () => {
    const key = [entry(false, [398, 389]), entry(false, [10, 20]), entry(true, [1, 2, 50])];
    const s = score(key, [reported(false, [[0, 398], [9, 389]]), reported(false, [[0, 7], [9, 8]])]);
    expect(s).toMatchObject({ mismatchRecall: 0.5, falseAlarmRate: 0.5, holdsCoverage: 0 });
  });

  it('tells figures of equal value apart by the text before them', () => {
    const texts = new Map([['r.txt', 'first 330 here; later 330 there']]);
    const key = [entry(false, [330, 330], 'later')];
    expect(score(key, [reported(false, [[6, 330], [22, 330]])], texts).mismatchRecall).toBe(0);
    expect(score([{ ...key[0]!, figures: [{ value: 330, context: 'first' }, { value: 330, context: 'later' }] }], [reported(false, [[6, 330], [22, 330]])], texts).mismatchRecall).toBe(1);
  });
});

describe('a key entry across the documents of an engagement', () => {
  it('matches a figure of another document only where the entry names that document', () => {
    const across: KeyEntry = { ...entry(false, [12_480]), figures: [{ value: 12_480 }, { value: 12_840, doc: 'other.txt' }] };
    const check: ReportedCheck = {
      kind: 'consistency',
      holds: false,
      figures: [
        { doc: 'r.txt', start: 0, end: 6, value: 12_480 },
        { doc: 'other.txt', start: 0, end: 6, value: 12_840 },
      ],
    };
    expect(score([across], [check]).mismatchRecall).toBe(1);
    expect(score([{ ...across, figures: [{ value: 12_480 }, { value: 12_840 }] }], [check]).mismatchRecall).toBe(0);
  });
});
