import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

// A copper miner's production table as a layout-keeping PDF export gives it: a header of measures over a
// line of their units, one block of rows per year under its year on a line of its own, values set right
// of their unit cells.
const PRODUCTION = [
  'Table 3  Production by mine',
  '                          Ore treated      Copper grade    Recovery    Copper in concentrate',
  '                          (Mt)             (%)             (%)         (kt)',
  '2023',
  '  Cerro Alto                 48.6             0.61           88.4             262.1',
  '  Las Vertientes             21.2             0.74           90.1              41.3',
  '2022',
  '  Cerro Alto                 46.9             0.63           87.9             259.7',
  '  Las Vertientes             22.4             0.72           89.6              44.5',
].join('\n');

const unitOf = (value: string) => extractFigures(PRODUCTION).find((f) => f.text === value)?.unit;

describe("a table's column units reach every block of rows under its own period heading", () => {
  it('reads the units of the block under the second year heading', () => {
    expect(unitOf('46.9')).toBe('Mt');
    expect(unitOf('87.9')).toBe('%');
  });

  it('gives a value set right of its unit cell, no character under it, that cell\'s unit', () => {
    expect(unitOf('41.3')).toBe('kt');
  });
});
