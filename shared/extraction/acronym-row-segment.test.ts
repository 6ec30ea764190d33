import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string) => extractFigures(text).filter((f) => f.unit !== '%').map((f) => [f.text, f.unit] as const);

describe('a row label ending in an acronym in brackets names a segment, in the unit the table states', () => {
  it('gives `of which renewable (PPA)` the MWh of the header`s label cell `Source (MWh)`', () => {
    const table = [
      'Source (MWh)                                   2024    Share %       2023',
      'Grid electricity                            186,400       36.9    192,800',
      'of which certified renewable (PPA)           74,600       14.8     58,200',
      'Natural gas                                 284,600       49.2    256,300',
      '',
    ].join('\n');
    expect(units(table)).toEqual([
      ['186,400', 'MWh'],
      ['192,800', 'MWh'],
      ['74,600', 'MWh'],
      ['58,200', 'MWh'],
      ['284,600', 'MWh'],
      ['256,300', 'MWh'],
    ]);
  });

  it('leaves a row its own unit under a caption that leaves other units to the rows', () => {
    const table = ['Table 4: Operations (EUR m unless stated)', '', 'Item                          2024      2023', 'Revenue                      412.6     398.1', 'Production (KTA)               86.4      81.2', ''].join('\n');
    expect(units(table).filter(([text]) => text === '86.4')).toEqual([['86.4', '']]);
  });
});
