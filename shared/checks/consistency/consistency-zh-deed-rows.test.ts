import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a food company's letter bounds what it did by its verb and object; its key table names the deed as a quantity
const report = (letter: string) =>
  [
    '总经理致辞',
    '',
    `2024年，公司持续回馈社会，${letter}，乡村振兴工作取得新进展。`,
    '',
    '关键绩效表',
    '',
    '指标                 单位        2024年       2023年',
    '捐赠图书数量          册          51,280       46,300',
    '大豆采购量            吨          48,600       45,100',
  ].join('\n');

const slips = (letter: string) => checksOf('consistency', report(letter)).filter((c) => !c.holds);

describe('a Chinese bound of a deed against the key row naming it as a quantity (`向乡村学校捐赠图书近5万册`, `捐赠图书数量  51,280`)', () => {
  it('on the wrong side of the row, it is a slip', () => {
    expect(slips('向乡村学校捐赠图书近5万册')).toHaveLength(1);
    expect(slips('公司采购大豆超过5万吨')).toHaveLength(1);
  });

  it('on the right side, it is none', () => {
    expect(slips('向乡村学校捐赠图书超过5万册')).toEqual([]);
    expect(slips('公司采购大豆近5万吨')).toEqual([]);
  });
});

// a wastewater company's letter bounds what its plants treated and processed; its key table names each as the verb's amount
const treated = (letter: string) =>
  [
    '董事长致辞',
    '',
    `2024年，公司所属六座污水厂${letter}，出水水质稳定达标。`,
    '',
    '关键绩效表',
    '',
    '指标                 单位        2024年       2023年',
    '污泥处置量            万吨          18.64        17.20',
    '废旧轮胎加工量        万吨           7.36         6.92',
  ].join('\n');

describe('a Chinese bound of a deed against the row of its object and the verb\'s amount (`处置量`, `加工量`)', () => {
  const slipsOf = (letter: string) => checksOf('consistency', treated(letter)).filter((c) => !c.holds);
  it('on the wrong side of the row, it is a slip', () => {
    expect(slipsOf('全年处置污泥超过19万吨')).toHaveLength(1);
    expect(slipsOf('全年加工废旧轮胎近7万吨')).toHaveLength(1);
  });

  it('on the right side, it is none', () => {
    expect(slipsOf('全年处置污泥超过18万吨')).toEqual([]);
    expect(slipsOf('全年加工废旧轮胎超过7万吨')).toEqual([]);
  });
});
