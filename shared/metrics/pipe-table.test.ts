import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extraction/index';
import { describeFigures } from './index';

const described = (text: string) => (figureText: string) => describeFigures(text, extractFigures(text)).find((f) => f.text === figureText);

describe('a cell of a box-drawn table', () => {
  it('takes its row\'s label and its column\'s year, with a border between each of its rows', () => {
    const of = described('表 4 用水情况\n┌──────────┬──────────┬──────────┐\n│指标      │2022年    │2023年    │\n├──────────┼──────────┼──────────┤\n│新鲜水用量│4,126.5   │3,984.2   │\n├──────────┼──────────┼──────────┤\n│循环水用量│21,804.6  │22,371.9  │\n└──────────┴──────────┴──────────┘\n');
    expect(of('3,984.2')).toMatchObject({ metric: '新鲜水用量', period: '2023年' });
    expect(of('21,804.6')).toMatchObject({ metric: '循环水用量', period: '2022年' });
  });

  it('takes its column\'s header of words as what the column measures, with one rule under the header', () => {
    const of = described('┏━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┓\n┃Site        ┃Water (megalitres)┃\n┣━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━┫\n┃Rauma Mill  ┃41,260          ┃\n┃Oulu Mill   ┃18,404          ┃\n┗━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━┛\n');
    expect(of('18,404')?.metric).toBe('Oulu Mill Water');
  });

  it('reads a Markdown table as before: the row above its rule heads it', () => {
    const of = described('| Site | 2022 | 2023 |\n|---|---:|---:|\n| Rauma Mill | 41,260 | 39,840 |\n');
    expect(of('39,840')).toMatchObject({ metric: 'Rauma Mill', period: '2023' });
  });
});
