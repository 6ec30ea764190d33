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

describe('a `since` year before a later clause opened by a conjunction', () => {
  it('says since when the first clause has held, not the period of the later clause\'s figure', () => {
    const text = 'Our family has milled flour in Ghent since 1921, and this year our two mills ground some 186,400 tonnes of wheat for bakers across Flanders.';
    expect(at(text, '186,400').period).toBeUndefined();
  });

  it('is still the period of a figure its own clause says since then', () => {
    expect(at('Since 2019 our two mills have ground 1.2 million tonnes of wheat from local farms.', '1.2 million').period).toBe('Since 2019');
  });
});

describe('a period that opens a `when` clause', () => {
  it('is the period of the clause\'s figure, even when a compared figure stands before the period', () => {
    const text = 'Water per hectolitre brewed was 3.1 litres, against 3.4 litres in 2023 when we brewed 212,500 hectolitres.';
    expect(at(text, '212,500').period).toBe('in 2023');
  });
});
