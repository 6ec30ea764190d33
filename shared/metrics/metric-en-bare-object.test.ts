import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const metricOf = (text: string, figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText))?.metric;

describe('the metric of an English figure after a second verb with a bare object', () => {
  it('is that object (`handled 9.4 million bags and collected fees of RMB126.5 million`: `fees`)', () => {
    expect(metricOf('In 2024 our teams handled 9.4 million bags and collected fees of RMB126.5 million across both terminals.', '126.5')).toBe('fees');
  });

  it('not across an adjective in -ed after no figure (`Contract and licensed printing`)', () => {
    expect(metricOf('Contract and licensed printing 12.4 million', '12.4')).toBe('Contract and licensed printing');
  });
});
