import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const columnChecks = (text: string) => checksOf('consistency', text).filter((c) => c.rule === 'consistency.change-column' && !c.holds);

describe('the message of a change said the other way from its row\'s change cell', () => {
  it('writes the text\'s direction as a sign, so the two sizes read apart', () => {
    const text = `2024年外购蒸汽8,420吨，同比下降6.4%。

表2　能源消耗（单位：吨）

                    2024年      2023年    同比（%）
外购蒸汽             8,420       7,914        +6.4
天然气               2,160       2,230        -3.1
`;
    const [check] = columnChecks(text);
    expect(check?.message).toContain('-6.4%');
    expect(check?.message).toContain('+6.4');
  });

  it('writes a rise as a plus against a cell that writes its minus', () => {
    const text = 'Steam use rose 6.4% to 7,414 tonnes.\n\nTable 2  Energy use (tonnes)\n                    2024        2023     Change (%)\nSteam              7,414       7,920        -6.4\nNatural gas        2,160       2,230        -3.1\n';
    expect(columnChecks(text)[0]?.message).toMatch(/\+6\.4% .* vs -6\.4 /);
  });
});
