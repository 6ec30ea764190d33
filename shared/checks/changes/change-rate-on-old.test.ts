import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a UK housing association's community section: the new value, its rate, then `on` the year before's (`up 9.7% on £44.3 million`)
const text = (rate: string) => `Rental income was £48.6 million in 2023/24, up ${rate}% on £44.3 million the year before, as 412 new homes were let.`;

const changes = (rate: string) => checksOf('change', text(rate)).filter((c) => c.rule === 'change.new-rate-old').map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('a rate said `on` the old value after the new one (British use)', () => {
  it('checks the change from the old value to the new', () => {
    expect(changes('9.7')).toEqual([[true, [44_300_000, 48_600_000, 9.7]]]);
    expect(changes('7.9')).toEqual([[false, [44_300_000, 48_600_000, 7.9]]]);
  });

  it('reads no `on` of a basis (`up 4.1% on a like-for-like basis`)', () => {
    expect(checksOf('change', 'Rental income was £48.6 million, up 4.1% on a like-for-like basis, with 412 new homes let.').filter((c) => c.rule === 'change.new-rate-old')).toEqual([]);
  });
});
