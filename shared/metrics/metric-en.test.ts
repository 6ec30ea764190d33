import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;

describe('the metric of an English figure', () => {
  it('starts after a sentence a number ends, which the sentence bounds do not split (`for 244,000. Operating revenue was`)', () => {
    const text = 'Passenger vehicles accounted for 1,024,000 units, and commercial vehicles for 244,000. Operating revenue was RMB 166.25 billion.';
    expect(metricOf(text, '166.25')).toBe('Operating revenue');
  });
});
