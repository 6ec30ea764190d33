import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const sums = (text: string) => checksOf('sum', text).map((c) => [c.holds, c.figures.map((f) => f.value)]);
const list = ['Waste generated in 2023 came to 48,620 tonnes:', '', '  • Construction debris: 31,460 tonnes', '  • Packaging: 9,870 tonnes', '  • Other waste streams: 7,290 tonnes', ''].join('\n');

describe('a bulleted list under a total its line ends on with a colon', () => {
  it('breaks that total down', () => {
    expect(sums(list)).toEqual([[true, [48_620, 31_460, 9_870, 7_290]]]);
    expect(sums(list.replace('48,620', '48,260'))).toEqual([[false, [48_260, 31_460, 9_870, 7_290]]]);
  });
  it('has items that are siblings of the item before them, not its parts', () => {
    expect(sums(list.replace('Waste generated in 2023 came to 48,620 tonnes:', 'Waste generated in 2023, by stream:'))).toEqual([]);
  });
});
