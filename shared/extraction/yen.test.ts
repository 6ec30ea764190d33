import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string): string[] => extractFigures(text).map((f) => f.unit);

describe('the ¥ sign', () => {
  it('is the yen in a report that names the yen more than the yuan', () => {
    expect(units('Net sales were 2,418.6 billion yen. Operating income was ¥187.3 billion, and we paid ¥64 per share.')).toEqual(['JPY', 'JPY', 'JPY']);
    expect(units('売上高は2兆4,186億円。営業利益 ¥1,873億')).toContain('JPY');
  });
  it('stays the renminbi otherwise', () => {
    expect(units('¥ 15,000,000,000 免除押金，超过1亿元')).toEqual(['CNY', 'CNY']);
    expect(units('Revenue of ¥12.5 billion, up from RMB 10.2 billion, as the yen weakened.')).toEqual(['CNY', 'CNY']);
  });
});
