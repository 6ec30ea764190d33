import { describe, expect, it } from 'vitest';
import { checksOf } from '../__fixtures__/check-docs';

// a road builder's report: the chief executive's round bound in a unit of its own, and the section's exact figure, which says
// only a few of the bound's words again
const english = (bound: string, exact = '4.58', unit = 'million square metres of asphalt') =>
  [
    'Message from our Chief Executive',
    '',
    `Our crews laid ${bound} ${unit} on rural roads across Otago and Southland this year, in the wettest winter on record.`,
    '',
    '2. Operations',
    '',
    `Resurfacing stayed our main work in 2024. Asphalt laid on rural roads came to ${exact} ${unit.replace(' of asphalt', '')}.`,
    '',
  ].join('\n');

// a dye works' report: the chairman's round bound on its water, and the section's exact intake, which names it in other words
const chinese = (bound: string, exact = '52.38万立方米') =>
  [
    '董事长致辞',
    '',
    `这一年，我们推进节水改造，印染车间全年用水量${bound}，中水回用率继续提高。`,
    '',
    '二、水资源管理',
    '',
    `2024年公司取水量${exact}，全部来自市政供水，印染车间占八成。`,
    '',
  ].join('\n');

const turned = (text: string) =>
  checksOf('consistency', text)
    .filter((c) => !c.holds)
    .map((c) => c.figures.map((f) => f.value));

describe('a round bound in a unit of its own, turned by an exact figure that says two of its words again', () => {
  it('flags `more than 4.6 million square metres` against the 4.58 million the section gives', () => {
    expect(turned(english('more than 4.6'))).toEqual([[4_600_000, 4_580_000]]);
  });

  it('flags `近52万立方米` against the 52.38万立方米 the section gives', () => {
    expect(turned(chinese('近52万立方米'))).toEqual([[520_000, 523_800]]);
  });

  it('holds a bound the exact figure bears out', () => {
    expect(turned(english('nearly 4.6'))).toEqual([]);
    expect(turned(chinese('超过52万立方米'))).toEqual([]);
  });

  it('pairs no exact figure that says one of the bound`s words again, or none', () => {
    expect(turned(english('more than 4.6').replace('Asphalt laid on rural roads came to', 'Asphalt in car parks came to'))).toEqual([]);
    expect(turned(english('more than 4.6').replace('Asphalt laid on rural roads came to', 'Our car parks in Dunedin covered'))).toEqual([]);
  });

  it('pairs no figure of a counter as general as 个', () => {
    const counter = chinese('近52万立方米').replace('印染车间全年用水量近52万立方米', '产品已覆盖全国近30个城市').replace('取水量52.38万立方米', '回收站点已覆盖全国31个省');
    expect(turned(counter)).toEqual([]);
  });
});
