import { describe, expect, it } from 'vitest';
import { endsInNumber } from './one-space-rows';

const PIECES = ['Total', ' ', '  ', '\t', '\n', '\u3000', '\u00a0', '1', '12', '1,234', '.5', ')', '(', '%', '%%', ')%', '%)', '万吨', 'a', '-'];

describe('a line ending in a number', () => {
  it('is told as /\\d\\)?%?\\s*$/ tells it, over random lines', () => {
    let seed = 5;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let n = 0; n < 20_000; n++) {
      const length = next() % 6;
      let line = '';
      for (let k = 0; k < length; k++) line += PIECES[next() % PIECES.length];
      expect(endsInNumber(line), JSON.stringify(line)).toBe(/\d\)?%?\s*$/.test(line));
    }
  });
});
