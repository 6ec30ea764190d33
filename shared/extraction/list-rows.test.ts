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
