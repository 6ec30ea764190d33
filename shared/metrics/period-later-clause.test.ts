import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const at = (text: string, figureText: string) => {
  const figure = describeFigures(text, extractFigures(text)).find((f) => f.text.includes(figureText));
  if (!figure) throw new Error(`no figure ${figureText} in ${text}`);
  return figure;
};

describe('a period said after a later clause that states a figure of its own', () => {
  const text = 'The Leith depot handled 41,600 parcels a day, and its new sorting line has recycled 2,860 tonnes of cardboard since 2020.';

  it('is that clause\'s, not the figure\'s before the conjunction', () => {
    expect(at(text, '41,600').period).toBeUndefined();
    expect(at(text, '2,860').period).toBe('since 2020');
  });

  it('is still the figure\'s when the clause after it states none', () => {
    expect(at('The Leith depot handled 41,600 parcels a day, and sorted them by hand until 2020.', '41,600').period).toBe('2020');
  });
});
