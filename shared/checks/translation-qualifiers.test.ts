import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

// one file, each paragraph followed by its translation (bilingual-text.ts)
const report = (english: string) =>
  [
    '2023年售電量增加2.4%至11,106百萬度。住宅用戶佔售電量的29.2%。客戶數目增至593,700戶，供電可靠度連續第十五年保持在99.999%以上。',
    `In 2023 units sold rose 2.4% to 11,106 GWh. Residential customers accounted for 29.2% of units sold. Customer accounts grew to 593,700, and supply reliability ${english} for the fifteenth consecutive year.`,
  ].join('\n\n');
const bounds = (english: string) => checksOf('consistency', report(english)).filter((c) => c.rule === 'consistency.translation-qualifier');

describe('a bound in one language only (translation-qualifiers.ts)', () => {
  it('is none when the bare figure\'s own words bound it the same way (`stayed above 99.999%`)', () => {
    expect(bounds('stayed above 99.999%')).toEqual([]);
  });

  it('is reported when the translation drops it', () => {
    expect(bounds('stayed at 99.999%')).toMatchObject([{ holds: false, figures: [{ value: 99.999 }, { value: 99.999 }] }]);
  });
});
