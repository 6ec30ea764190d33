import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const report = (women: string, table: string) =>
  `Our people\nAt 31 March 2024 the group employed 12,604 people, 2.1% more than a year before; ${women} of them were women.\n\n` +
  `Workforce data                          Unit          2022/23       2023/24\n${table}`;
const headcount = 'Total headcount                         people         12,345        12,604\n  Men                                   people          8,912         9,118\n  Women                                 people          3,433         3,486\n';

describe('the women of a head count said as a part of the whole before them', () => {
  it('restate the gender row under the table row of that whole: 3,468 against `Women  3,486`', () => {
    expect(checksOf('consistency', report('3,468', headcount)).filter((c) => !c.holds)).toMatchObject([{ figures: [{ value: 3_468 }, { value: 3_486 }] }]);
  });

  it('hold when the two agree', () => {
    expect(checksOf('consistency', report('3,486', headcount)).filter((c) => c.figures.some((f) => f.value === 3_486))).toMatchObject([{ holds: true }]);
  });

  it('are no restatement of a women row under another whole (new hires)', () => {
    const hires = 'Total headcount                         people         12,345        12,604\nNew hires                               people          1,402         1,388\n  Women                                 people            512           538\n';
    expect(checksOf('consistency', report('3,468', hires)).filter((c) => c.figures.some((f) => f.value === 3_468))).toEqual([]);
  });
});
