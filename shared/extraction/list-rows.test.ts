import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const values = (text: string) => extractFigures(text).map((f) => f.value);

describe('a table of short label-and-value lines', () => {
  it('gives each row its value, a bilingual label or a group of ages before it', () => {
    const table = '员工数据  Numbers of Employee\n\n女性 Female 2563\n\n男性 Male 4346\n\n< 36 5998\n\n36 - 50 899\n\n> 50 12\n';
    expect(values(table)).toEqual([2563, 4346, 5998, 899, 12]);
  });

  it('is not a contents page, whose numbers rise line by line', () => {
    expect(values('Contents\n\nOur People 12\n\nEnvironment 24\n\nGovernance 36\n')).toEqual([]);
  });
});

describe('the last row of such a table, its label run over two lines', () => {
  it('takes the value on the line right under its label', () => {
    const table = '本科 Bachelor\'s Degree 3645\n\n大专 Junior college graduates 684\n\n研究生及以上 \n\nMaster\'s Degree and above\n2529\n\n注释：数据截止 2016 年 12 月 31 日';
    expect(values(table)).toEqual([3645, 684, 2529]);
  });

  it('leaves a number under a label with no rows above it, or a blank line apart from its label', () => {
    expect(values('Our People\nSustainability Report\n42\n')).toEqual([]);
    expect(values('女性 Female 2563\n\n男性 Male 4346\n\nMaster\'s Degree and above\n\n2529\n')).toEqual([2563, 4346]);
  });
});
