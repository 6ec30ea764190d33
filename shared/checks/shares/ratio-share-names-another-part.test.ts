import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('ratio', text).filter((c) => !c.holds);

describe('a share whose clause names another part than the figure before it', () => {
  it('is no slip of that figure: clean energy takes in more than new energy', () => {
    const text = '截至年底，集团装机容量达8,640.2万千瓦，其中火电2,384万千瓦，风电、光伏等新能源装机2,367.4万千瓦，水电等清洁能源装机占比72.4%，同比提高2.3个百分点。';
    expect(mismatches(text)).toEqual([]);
  });

  it('is still a slip when its clause names the figure’s own part', () => {
    const text = '截至年底，集团装机容量达8,640.2万千瓦，其中新能源装机2,367.4万千瓦，新能源装机占比72.4%。';
    expect(mismatches(text)).toEqual([expect.objectContaining({ kind: 'ratio' })]);
  });
});
