import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('a share opening the paragraph after a list of figures', () => {
  const text = (share: string) =>
    `Our sites used less fuel again this year.\n\n- Heat used at our sites: 2,460 MWh\n- Recovered from process cooling: 1,512 MWh\n- Supplied by district heating: 948 MWh\n\nRecovered heat thus met ${share}% of the heat our sites used (2022: 58.2%).\n`;
  const shares = (share: string) => checksOf('ratio', text(share)).filter((c) => c.rule.startsWith('ratio.share-of-pair-before-sentence'));

  it('holds on the list\'s pair that gives it', () => {
    expect(shares('61.5')).toMatchObject([{ holds: true, figures: [{ value: 1_512 }, { value: 2_460 }, { value: 61.5 }] }]);
  });

  it('calls a share the list\'s one pair misses by two digits swapped a mismatch (`16.5` for `61.5`)', () => {
    expect(shares('16.5')).toMatchObject([{ holds: false, rule: 'ratio.share-of-pair-before-sentence.one-slip' }]);
  });

  it('reads no list across a paragraph of running text', () => {
    const prose = text('16.5').replace('\n\nRecovered heat', '\n\nWe keep improving.\n\nRecovered heat');
    expect(checksOf('ratio', prose).filter((c) => c.rule.startsWith('ratio.share-of-pair-before-sentence'))).toEqual([]);
  });
});

describe('a slip of the two digits either side of the point', () => {
  it('explains a share written `51.6%` for `56.1%` against the list\'s pair', () => {
    const text = `- Employees: 3,420\n- Women: 1,920\n\nWomen thus make up 51.6% of our employees.\n`;
    expect(checksOf('ratio', text).filter((c) => !c.holds)).toMatchObject([{ rule: 'ratio.share-of-pair-before-sentence.one-slip', stated: 51.6 }]);
  });
});
