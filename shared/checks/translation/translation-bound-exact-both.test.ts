import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a letter's bound turned in one language (`近3.1万户果农`, `more than 31,000 farming households`), the exact count stated in a
// later section of both files, the English noun with a word before it (`31,240 orchard farming households`)
const filler = (n: number, s: string) => Array.from({ length: n }, () => s).join('');
const zh = [
  '董事长致辞',
  '果园是我们的根本。公司自有及合作果园达12.6万亩，与近3.1万户果农建立了长期收购关系。',
  filler(30, '我们坚持绿色种植，推广有机肥和生物防治。'),
  '三、乡村振兴',
  '公司与31,240户果农签订长期收购协议，全年举办果树修剪培训 286场。',
].join('\n\n');
const en = [
  "Chairman's letter",
  'Orchards are where we start. Our own and partner orchards cover 126,000 mu, and we buy from more than 31,000 farming households on long-term contracts.',
  filler(30, 'We keep to green growing and promote organic fertiliser and biological pest control. '),
  '3. Rural revitalisation',
  'We hold long-term purchase contracts with 31,240 orchard farming households and held 286 pruning training sessions.',
].join('\n\n');

describe('a bound turned in translation, the exact count stated in both files', () => {
  it('names the exact count of each file, the translation\'s of a longer noun (`orchard farming households` of `farming households`)', () => {
    const turned = checksOf('consistency', ['o-zh.txt', zh], ['o-en.txt', en]).filter((c) => !c.holds && c.rule === 'consistency.translation-qualifier');
    expect(turned).toHaveLength(1);
    expect(turned[0]!.figures.map((f) => [f.doc, f.value])).toEqual([
      ['o-zh.txt', 31_000],
      ['o-en.txt', 31_000],
      ['o-en.txt', 31_240],
      ['o-zh.txt', 31_240],
    ]);
  });
});
