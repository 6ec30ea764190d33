import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

describe('an amount `comprising` amounts at places whose names hold a number', () => {
  const text = (total: string) =>
    `Capital expenditure on refurbishments was A$${total} million in 2023, comprising A$21.3 million at 240 Queen Street, A$9.8 million at Riverside Quay and A$4.5 million at 7 Harbour Road.`;

  it('adds the amounts, passing over the street numbers', () => {
    expect(checksOf('sum', text('35.6'))).toMatchObject([{ holds: true, rule: 'sum.listed-parts', figures: [{ value: 35.6e6 }, { value: 21.3e6 }, { value: 9.8e6 }, { value: 4.5e6 }] }]);
    expect(checksOf('sum', text('38.6'))).toMatchObject([{ holds: false, rule: 'sum.listed-parts', stated: 38.6e6 }]);
  });
});

describe('an amount valued `at` a sum of money', () => {
  it('is still a part: `staff volunteering valued at HK$2.3 million`', () => {
    const text = 'In 2023 we gave HK$9.4 million to the community, comprising cash donations of HK$5.1 million, in-kind support of HK$2.6 million and staff volunteering valued at HK$1.7 million.';
    expect(checksOf('sum', text)).toMatchObject([{ holds: true, rule: 'sum.listed-parts', figures: [{ value: 9.4e6 }, { value: 5.1e6 }, { value: 2.6e6 }, { value: 1.7e6 }] }]);
  });
});
