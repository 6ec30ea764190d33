import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const averages = (text: string) => checksOf('ratio', text).filter((c) => c.rule === 'rate.average-over-head-count');

describe('an average per head over a head count stated away from it', () => {
  const english = (average: string) =>
    [
      'People',
      'At 31 March 2024 the Group had 12,408 employees across 14 countries.',
      '',
      'Learning and development',
      `Colleagues completed 310,600 hours of learning during the year, or ${average} hours per employee.`,
    ].join('\n');

  it('holds over the workforce stated in another paragraph', () => {
    expect(averages(english('25.0'))).toEqual([
      expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 310_600 }), expect.objectContaining({ value: 12_408 }), expect.objectContaining({ value: 25 })] }),
    ]);
  });

  it('says nothing when no head count gives it (which group it is over is not certain)', () => {
    expect(averages(english('27.0'))).toEqual([]);
  });

  it('reads a data table row per head over its column’s total and head count rows', () => {
    const table = [
      '附录：环境及社会关键绩效',
      '指标\t单位\t2022年\t2023年',
      '员工总数\t人\t9,512\t9,846',
      '温室气体排放总量\t万吨二氧化碳当量\t3.24\t3.12',
      '人均温室气体排放\t吨/人\t3.41\t3.17',
    ].join('\n');
    const found = averages(table);
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 32_400 }), expect.objectContaining({ value: 9_512 }), expect.objectContaining({ value: 3.41 })] }));
    expect(found).toContainEqual(expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 31_200 }), expect.objectContaining({ value: 9_846 }), expect.objectContaining({ value: 3.17 })] }));
  });

  it('reads a Chinese average under its paragraph’s total with the head count a section before', () => {
    const text = ['二、员工发展', '截至2023年末，公司共有员工6,284人。', '', '三、绿色运营', '2023年，公司能源消耗总量为41,230吉焦；人均能源消耗6.56吉焦。'].join('\n');
    expect(averages(text)).toEqual([expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 41_230 }), expect.objectContaining({ value: 6_284 }), expect.objectContaining({ value: 6.56 })] })]);
  });

  it('takes a total of training hours for an average in hours', () => {
    const text = ['Our people', 'The Manager had 64 employees at 31 December 2023.', '', 'Training', 'Employees completed 1,936 training hours in 2023, an average of 30.3 hours per employee.'].join('\n');
    expect(averages(text)).toEqual([expect.objectContaining({ holds: true, figures: [expect.objectContaining({ value: 1_936 }), expect.objectContaining({ value: 64 }), expect.objectContaining({ value: 30.3 })] })]);
  });
});
