import { describe, expect, it } from 'vitest';
import { checkDoc } from '../__fixtures__/check-docs';
import { rateChecks } from './rates';

const rates = (text: string) => rateChecks(checkDoc('report.txt', text)).map((c) => `${c.holds ? '✓' : '✗'} ${c.figures.map((f) => f.value).join(' ')}`);

// a porcelain maker's people section: the workforce's total, then two groups of it named as its parts (one in a clause
// `其中` opens, one of women), then the training its people received and the average per head
const people = (average: string) =>
  `截至2024年末，公司职工总人数2,480人；其中一线技术工人及质检人员1,362人，占职工总人数的54.9%。女性职工1,104人。2024年职工培训总时长6.2万小时，人均培训${average}小时。`;

describe('an average per head over the one whole head count of its paragraph, its parts named as such', () => {
  it('holds over the whole', () => {
    expect(rates(people('25.0'))).toEqual(['✓ 62000 2480 25']);
  });

  it('is a mismatch over the whole when its sentence names the workforce the total counts', () => {
    expect(rates(people('27.5'))).toEqual(['✗ 62000 2480 27.5']);
  });

  it('is none when its sentence names another group', () => {
    expect(rates(people('27.5').replace('职工培训总时长', '志愿服务总时长'))).toEqual([]);
  });
});
