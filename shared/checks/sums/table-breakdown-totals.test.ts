import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

const RULE = 'sum.table-breakdowns-total';
const ofRule = (text: string) => checksOf('sum', text).filter((c) => c.rule === RULE);
const parts = (c: { figures: Array<{ role: string; value: number }> }) => c.figures.filter((f) => f.role === 'part').map((f) => f.value);

/** A staff table broken down three ways above its total row, each breakdown's name in its first row only. */
const staffTable = (under30: string) => `表3 员工构成
单位：人
类别\t指标\t2023年
按性别\t男性\t4,210
\t女性\t3,655
按年龄\t30岁以下\t${under30}
\t30-50岁\t4,402
\t50岁以上\t1,322
按职能\t生产人员\t3,906
\t研发人员\t1,517
\t销售人员\t2,442
合计\t\t7,865
`;

describe('a table\'s total row under several breakdowns of it', () => {
  it('holds each breakdown that adds up to the total row', () => {
    expect(ofRule(staffTable('2,141')).map((c) => [c.holds, c.stated, parts(c)])).toEqual([
      [true, 7_865, [4_210, 3_655]],
      [true, 7_865, [2_141, 4_402, 1_322]],
      [true, 7_865, [3_906, 1_517, 2_442]],
    ]);
  });

  it('calls a breakdown between two that add up, missing the total by one cell\'s slip, a mismatch', () => {
    const checks = ofRule(staffTable('2,114'));
    expect(checks.filter((c) => !c.holds).map((c) => [c.expected, c.stated, parts(c)])).toEqual([[7_838, 7_865, [2_114, 4_402, 1_322]]]);
    expect(checks.filter((c) => c.holds)).toHaveLength(2);
  });

  it('says nothing of a column whose cells above the total make one breakdown only (table-sums.ts reads it)', () => {
    const one = '单位：人\n指标\t2023年\n男性\t4,210\n女性\t3,655\n合计\t7,865\n';
    expect(ofRule(one)).toEqual([]);
  });

  it('reads a total row at the head of its column, its breakdowns under headings that carry no figure', () => {
    const headed = (middle: string) =>
      `表5-1 员工构成（单位：人）\n类别\t2023年\n员工总数\t19,872\n其中：女性\t10,538\n按学历划分\n博士\t486\n硕士\t2,604\n本科\t9,318\n大专及以下\t7,464\n按年龄划分\n30岁以下\t6,548\n30-50岁\t${middle}\n50岁以上\t1,898\n`;
    expect(ofRule(headed('11,426')).map((c) => [c.holds, c.stated, parts(c)])).toEqual([
      [true, 19_872, [486, 2_604, 9_318, 7_464]],
      [true, 19_872, [6_548, 11_426, 1_898]],
    ]);
    expect(ofRule(headed('11,462')).filter((c) => !c.holds).map((c) => [c.expected, c.stated, parts(c)])).toEqual([[19_908, 19_872, [6_548, 11_462, 1_898]]]);
  });
});

describe('a total row heading its column, its breakdowns one after another under it in one block', () => {
  const table = (macau: string) => `關鍵績效指標                    單位          2023年          2022年
B1.1 僱員總數                   人             6,842           6,615
  按性別：男性                  人             3,216           3,128
          女性                  人             3,626           3,487
  按年齡：30歲以下              人             1,984           2,011
          30至50歲              人             3,412           3,201
          50歲以上              人             1,446           1,403
  按地區：香港                  人             4,126           4,012
          中國內地              人             2,318           2,226
          澳門                  人               ${macau}             377
`;

  it('holds each breakdown after the first that adds up to the total above them', () => {
    expect(ofRule(table('398')).map((c) => [c.holds, c.stated, parts(c)])).toEqual([
      [true, 6_842, [1_984, 3_412, 1_446]],
      [true, 6_842, [4_126, 2_318, 398]],
      [true, 6_615, [2_011, 3_201, 1_403]],
      [true, 6_615, [4_012, 2_226, 377]],
    ]);
  });

  it('calls a breakdown after one that adds up, missing the total by a little, a mismatch', () => {
    expect(ofRule(table('389')).filter((c) => !c.holds).map((c) => [c.expected, c.stated, parts(c)])).toEqual([[6_833, 6_842, [4_126, 2_318, 389]]]);
  });
});
