import { describe, expect, it } from 'vitest';
import { goldValues, scoreValues } from './value-score';

describe('scoreValues', () => {
  it('matches each gold value at most once and scores recall and precision', () => {
    const score = scoreValues([897e6, 99.3, 99.3, 4e9], [897e6, 99.3, 99.3, 99.3, 19]);
    expect(score).toMatchObject({ gold: 4, read: 5, matched: 3, recall: 0.75, precision: 0.6, missed: [4e9], extra: [99.3, 19] });
  });

  it('reads the values of gold lines', () => {
    expect(goldValues('{"value": 1.5, "text": "1.5"}\n\n{"value": 2}\n')).toEqual([1.5, 2]);
  });
});
