import { describe, expect, it } from 'vitest';
import { planMerge } from './merge-plan';

const trail = (...hashes: string[]) => hashes.map((hash, i) => ({ seq: i + 1, hash }));

describe('merging an incoming copy of a trail', () => {
  it('takes in a whole engagement that is not here yet', () => {
    expect(planMerge([], trail('a', 'b'))).toEqual({ kind: 'new' });
  });

  it('adds what continues the trail here', () => {
    expect(planMerge(trail('a', 'b'), trail('a', 'b', 'c', 'd'))).toEqual({ kind: 'continues', after: 2, adds: 2 });
  });

  it('changes nothing for the same copy again, or an older one', () => {
    expect(planMerge(trail('a', 'b'), trail('a', 'b'))).toEqual({ kind: 'contained', localAhead: 0 });
    expect(planMerge(trail('a', 'b', 'c'), trail('a'))).toEqual({ kind: 'contained', localAhead: 2 });
  });

  it('refuses a copy that went another way, naming the first event that differs', () => {
    expect(planMerge(trail('a', 'b', 'c'), trail('a', 'x', 'c', 'd'))).toEqual({ kind: 'diverged', seq: 2 });
    expect(planMerge(trail('a', 'b', 'c'), trail('a', 'b', 'y'))).toEqual({ kind: 'diverged', seq: 3 });
  });
});
