import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const multiples = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'ratio.multiple').map((c) => [c.holds, c.figures.map((f) => f.value)]);
const text = (times: string) => `Net debt of £412.6 million was ${times} times adjusted EBITDA of £386.2 million.`;

describe('a multiple of a figure named after it with its amount', () => {
  it('recomputes `N times adjusted EBITDA of £386.2 million`', () => {
    expect(multiples(text('1.1'))).toEqual([[true, [412.6e6, 386.2e6, 1.1]]]);
    expect(multiples(text('1.4'))).toEqual([[false, [412.6e6, 386.2e6, 1.4]]]);
  });
});
