import { describe, expect, it } from 'vitest';
import { linesAbove } from './table-blocks';

describe('the lines above a table row', () => {
  it('come nearest first, trimmed, blank lines kept, up to the first line of the text', () => {
    const text = 'Report\n\nTable 2: Water (ML)\n  Source\t2022\t2023\nRiver\t12\t14\n';
    expect([...linesAbove(text, text.indexOf('River') + 2)]).toEqual(['Source\t2022\t2023', 'Table 2: Water (ML)', '', 'Report']);
    expect([...linesAbove(text, 2)]).toEqual([]);
  });
});
