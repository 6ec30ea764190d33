import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const qualifierOf = (text: string, value: number) => extractFigures(text).find((f) => f.value === value)?.qualifier;

describe('a row label ending in a band across a column gap', () => {
  it('does not qualify the cell (`Secondary school and below      4,318`, `Grade 5 and above\\t412`)', () => {
    const table = 'Employees by education\nEducation                          Number\nPostgraduate                          962\nSecondary school and below          4,318\n';
    expect(qualifierOf(table, 4318)).toBe('exact');
    expect(qualifierOf('Employees by grade\nGrade 5 and above\t412\nGrade 1 to 4\t3,906\n', 412)).toBe('exact');
  });

  it('still qualifies a number in running text (`below 5,000 tonnes`, `over 1,200 employees`)', () => {
    expect(qualifierOf('Hazardous waste stayed below 5,000 tonnes for the third year.', 5000)).toBe('under');
    expect(qualifierOf('We trained over 1,200 employees.', 1200)).toBe('over');
    expect(qualifierOf('•  Recycled cotton reached 38% of all cotton used, or around\n   2,100 tonnes.', 2100)).toBe('about');
  });
});
