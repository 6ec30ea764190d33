import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const shares = (text: string) => checksOf('ratio', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);

describe('`A of the B …, S% of the total`: the pair before a share of the total', () => {
  const text = (share: string) =>
    `Supply chain\n\nIn 2024, 1,240 of the 1,580 suppliers we screened against our human rights questionnaire were rated low risk, ${share} of the total. The rest received site visits.\n`;

  it('reads the share as the pair\'s part over its whole', () => {
    expect(shares(text('78.5%'))).toEqual(expect.arrayContaining([[true, [1_240, 1_580, 78.5]]]));
    expect(shares(text('87.5%'))).toEqual(expect.arrayContaining([[false, [1_240, 1_580, 87.5]]]));
  });
});
