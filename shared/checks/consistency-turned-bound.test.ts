import { describe, expect, it } from 'vitest';
import { checksOf } from './__fixtures__/check-docs';

// a dairy cooperative's report: the chair's round bound on a share, the section's exact share and the key figures' row
const report = (bound: string, exact: string) =>
  [
    "Chair's letter",
    '',
    `Our members kept improving herd welfare this year, and ${bound} of the milk we collected came from farms audited under the welfare code.`,
    'We thank every family farm for the work behind that figure, in a year of drought in the south.',
    '',
    '2. Farms and milk',
    '',
    'The cooperative collected 1,286.4 million litres from 2,140 member farms across four regions.',
    'Audits under the welfare code now cover most of our members, and the field team visited every farm at least twice.',
    `Milk from audited farms reached 842.7 million litres, ${exact}% of all milk collected.`,
    '',
    'Key figures                         Unit        2024        2023',
    `Milk from welfare-audited farms     %           ${exact}        61.8`,
    'Member farms                        number      2,140       2,196',
    '',
  ].join('\n');

const turned = (bound: string, exact: string) =>
  checksOf('consistency', report(bound, exact)).filter((c) => !c.holds && c.figures.some((f) => f.value === Number(exact)) && c.figures.some((f) => f.text.includes(bound.replace(/\D+/g, ''))));

describe('a round bound on a share against the exact share just on its wrong side', () => {
  it('flags `more than 66%` against an exact 65.5%', () => {
    expect(turned('more than 66%', '65.5')).not.toEqual([]);
  });

  it('flags `nearly 65%` against an exact 65.5%', () => {
    expect(turned('nearly 65%', '65.5')).not.toEqual([]);
  });

  it('holds a bound the exact share bears out', () => {
    expect(turned('more than 65%', '65.5')).toEqual([]);
  });

  it('pairs no exact share too far from the bound to be its rounding', () => {
    expect(turned('more than 70%', '65.5')).toEqual([]);
  });
});

describe('a round bound on a count against the exact count just on its wrong side', () => {
  // a water utility's report: the letter's round count of households, the section's exact one, last year's beside it
  const utility = (bound: string) =>
    `董事长致辞\n\n本年度，公司新增供水管网86公里，居民用户${bound}，水质综合合格率保持100%。\n\n二、供水服务\n\n截至2024年末，公司城乡一体化供水居民用户118.6万户，较上年末的112.9万户增长5.0%。`;
  const turnedCount = (bound: string) => checksOf('consistency', utility(bound)).filter((c) => !c.holds && c.figures.some((f) => f.value === 1_186_000));

  it('flags 超过120万户 against an exact 118.6万户', () => {
    expect(turnedCount('超过120万户').map((c) => c.figures.map((f) => f.value))).toEqual([[1_200_000, 1_186_000]]);
  });

  it('holds 近120万户, which the exact count bears out', () => {
    expect(turnedCount('近120万户')).toEqual([]);
  });
});
