import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const metrics = (text: string) => describeFigures(text, extractFigures(text)).map((f) => [f.text, f.metric]);

describe('the metric of an English figure after a short label and a colon', () => {
  it('is the label, a number among its words or not (`(Line 2: 860 MWh; Boilers: 1,240 MWh)`)', () => {
    expect(metrics('Energy use was 2,100 MWh (Line 2: 860 MWh; Boilers: 1,240 MWh).')).toEqual([
      ['2,100 MWh', 'Energy use'],
      ['860 MWh', 'Line 2'],
      ['1,240 MWh', 'Boilers'],
    ]);
  });
});
