import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

describe('a table row whose label lists words with commas', () => {
  it('keeps its bare counts as cells (`Warehousing, logistics and drivers  62  58`)', () => {
    const table =
      'Table 2  Headcount by team\n' +
      'Team                                          2024       2023\n' +
      'Assembly                                       312        298\n' +
      'Warehousing, logistics and drivers              62         58\n' +
      'Finance                                         17         16\n';
    expect(extractFigures(table).map((f) => f.text)).toEqual(['312', '298', '62', '58', '17', '16']);
  });
});
