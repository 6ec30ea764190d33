import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { rateChecks } from './rates';

const rates = (text: string) => rateChecks(checkDoc('report.txt', text)).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

// An average said by `each` right after its total (no `an average of` before it), over the paragraph's one head count
// said exactly: a count said roughly beside it (`around 300 seasonal workers`) is not the group the average is over.
describe('an average per head said by `each` right after its total, beside a rough count of other people', () => {
  const text = (hours: string, each: string) =>
    `By the end of the year we employed 1,412 people and took on around 300 seasonal workers for the harvest. Our people completed ${hours} hours of learning, ${each} hours each.`;

  it('works the hours out over the 1,412 people', () => {
    expect(rates(text('42,360', '30.0'))).toEqual(['✓ 42360 1412 30']);
  });

  it('reports an average the hours over the 1,412 people do not give', () => {
    expect(rates(text('42,360', '31.0'))).toEqual(['✗ 42360 1412 31']);
  });

  it('reads no `each` that follows no total of its unit (`two lines of 30 MW each`)', () => {
    expect(rates('We employed 1,412 people and built two lines of 30 MW each.')).toEqual([]);
  });
});
