import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { rateChecks } from './rates';

const rates = (text: string) => rateChecks(checkDoc('report.txt', text)).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

describe('an injury frequency rate whose hours run on into the rate’s own words', () => {
  it('divides by hours said just before `a lost time injury frequency rate`', () => {
    const text = 'Our crews logged 57 lost time injuries across 18.4 million hours worked during 2024, a lost time injury frequency rate (LTIFR) of 3.10 per million hours worked.';
    expect(rates(text)).toEqual(['✓ 57 18400000 3.1']);
  });

  it('leaves the year before’s rate of the same sentence alone (`and 3.62 in 2023`), its hours not given', () => {
    const text =
      'In 2024 our crews logged 57 lost time injuries across 18,400,000 hours worked, a lost time injury frequency rate (LTIFR) of 3.10 per million hours, against 63 injuries in 17,400,000 hours and 3.62 in 2023.';
    expect(rates(text)).toEqual(['✓ 57 18400000 3.1']);
  });
});
