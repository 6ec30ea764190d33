import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

const units = (text: string): string[] => extractFigures(text).map((f) => f.unit);

describe('the ¥ sign', () => {
  it('is the yen in a report that names the yen more than the yuan', () => {
    expect(units('Net sales were 2,418.6 billion yen. Operating income was ¥187.3 billion, and we paid ¥64 per share.')).toEqual(['JPY', 'JPY', 'JPY']);
    expect(units('売上高は2兆4,186億円。営業利益 ¥1,873億')).toContain('JPY');
  });
  it('is the yen in a report naming neither currency but Japan at least as often as China', () => {
    expect(units('Capital investment was ¥14.2 billion at 23 plants in Japan, China and Thailand; Japan 706 kt.')).toEqual(['JPY', 'plants', 'kt']);
    expect(units('Capital investment was ¥14.2 billion at 23 plants in China, of which 12 in China and 3 in Japan.')[0]).toBe('CNY');
    expect(units('Capital investment was ¥14.2 billion at 23 plants.')[0]).toBe('CNY');
    expect(units('Sales in Japan rose.\nNet sales (¥ billion)      3,542.8      3,962.1\n')).toEqual(['JPY', 'JPY']);
  });
  it('stays the renminbi otherwise', () => {
    expect(units('¥ 15,000,000,000 免除押金，超过1亿元')).toEqual(['CNY', 'CNY']);
    expect(units('Revenue of ¥12.5 billion, up from RMB 10.2 billion, as the yen weakened.')).toEqual(['CNY', 'CNY']);
  });
});
