import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

describe('a fact-sheet line opened by an arrow or quote mark (`> Water recycled: 1.2 million m³`)', () => {
  const text = `Highlights of the year\n\n  > Community investment: ₹ 212.4 crore\n  › Employees: 58,214\n  ➤ Water recycled: 1.26 million m³\n`;
  const figures = describeFigures(text, extractFigures(text));

  it('takes the label before its colon for its metric', () => {
    expect(figures.find((f) => f.value === 58_214)?.metric).toBe('Employees');
    expect(figures.find((f) => f.text.includes('212.4'))?.metric).toBe('Community investment');
    expect(figures.find((f) => f.text.includes('1.26'))?.metric).toBe('Water recycled');
  });
});
