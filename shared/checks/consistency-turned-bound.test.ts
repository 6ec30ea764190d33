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
