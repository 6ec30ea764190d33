import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value]);

describe('an en dash glued to a number at a line\'s start', () => {
  it('is a minus (a designed page\'s `–18%` above `vs. 2019 baseline`)', () => {
    expect(read('Scope 1 and 2 emissions\n\n–18%\n\nvs. 2019 baseline')).toEqual([['–18%', -18]]);
  });
  it('joins a range between numbers on one line still', () => {
    expect(extractFigures('a rise of 12–15%').map((f) => [f.value, f.valueMax])).toEqual([[12, 15]]);
  });
});

describe('a glued m in an earlier period\'s value in brackets', () => {
  it('is millions when the figure it follows counts millions', () => {
    expect(read('c. 2.1 million meals through our partners (2022: c.1.7m).')).toEqual([['2.1 million', 2_100_000], ['1.7m', 1_700_000]]);
    expect(read('we served 2.1m meals (2022: 1.7m).')).toEqual([['2.1m', 2_100_000], ['1.7m', 1_700_000]]);
  });
  it('stays a metre (no figure) when the figure it follows is no million', () => {
    expect(read('The wall is 3.2m tall (2022: 3.1m).')).toEqual([]);
  });
});
