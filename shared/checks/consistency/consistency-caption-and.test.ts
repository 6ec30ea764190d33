import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const mismatches = (text: string) => checksOf('consistency', text).filter((c) => !c.holds);

// a caravan park operator: a caption whose one measure is two nouns (`Pitches and lodges`), its Total, and the text's count
const report = (caption: string, said: string) =>
  [
    '1.2 Our parks',
    '',
    `At the end of 2024 we had ${said} pitches and lodges. Two new sites opened in Cornwall.`,
    '',
    `Table 2: ${caption} by park (number)`,
    '',
    'Park                          2024   Share (%)    2023',
    'Padstow                        612        28.4     590',
    'Bude                           540        25.1     528',
    'Tenby                          486        22.6     470',
    'Whitby                         514        23.9     498',
    'Total                        2,152       100.0   2,086',
    '',
    'Every park has a warden on site, and all our lodges now have heat pumps.',
  ].join('\n');

const paired = (text: string) => mismatches(text).some((c) => c.figures.some((f) => f.text === '2,152') && c.figures.some((f) => f.value === 2_125));

describe('a Total under a caption of one measure said with `and` (`Pitches and lodges by park`)', () => {
  it('is read for the caption\'s metric when the document says it whole elsewhere (`2,125 pitches and lodges`)', () => {
    expect(paired(report('Pitches and lodges', '2,125'))).toBe(true);
  });

  it('holds when the text agrees', () => {
    expect(mismatches(report('Pitches and lodges', '2,152'))).toEqual([]);
  });

  it('leaves a caption of two measures no figure names whole (`Pitches and lodge nights`) to neither', () => {
    expect(paired(report('Pitches and lodge nights', '2,125'))).toBe(false);
  });
});
