import { describe, expect, it } from 'vitest';
import { buildFragments } from './pdf-fragments';
import { layoutPage } from './pdf-layout';
import type { TextRun } from './pdf-geometry';

/** A run of `text` at `x` on `baseline`, half a font size per character wide. */
function run(text: string, x: number, baseline: number, size = 10): TextRun {
  return { text, x0: x, x1: x + text.length * size * 0.5, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size, baseline, size };
}

/** The page's text: blocks separated by "|", lines by "/", cells by "\t". */
function read(runs: TextRun[]): string {
  return layoutPage(buildFragments(runs))
    .map((block) => block.lines.map((line) => line.map((cell) => cell.runs.map((index) => runs[index]!.text).join('')).join('\t')).join('/'))
    .join('|');
}

describe('reading order', () => {
  it('reads a two-column page column by column even where the lines share baselines', () => {
    const runs = [run('Title of the report', 50, 40, 20)];
    for (let line = 0; line < 4; line++) {
      runs.push(run(`left${line}`, 50, 100 + line * 14));
      runs.push(run(`right${line}`, 300, 100 + line * 14));
    }
    expect(read(runs)).toBe('Title of the report|left0/left1/left2/left3|right0/right1/right2/right3');
  });

  it('reads a longer left column to its end before the right column', () => {
    const runs: TextRun[] = [];
    for (let line = 0; line < 6; line++) runs.push(run(`left${line}`, 50, 100 + line * 14));
    runs.push(run('tail of the left column', 50, 100 + 6 * 14 + 9));
    for (let line = 0; line < 3; line++) runs.push(run(`right${line}`, 300, 100 + line * 14));
    expect(read(runs)).toBe('left0/left1/left2/left3/left4/left5|tail of the left column|right0/right1/right2');
  });

  it('starts a new paragraph where the line pitch widens', () => {
    const runs = [run('one', 50, 100), run('two', 50, 114), run('three', 50, 128), run('four', 50, 150), run('five', 50, 164)];
    expect(read(runs)).toBe('one/two/three|four/five');
  });

  it('reads a full-width element between two-column parts as a separator', () => {
    const runs = [run('a1', 50, 100), run('a2', 50, 114), run('b1', 300, 100), run('b2', 300, 114)];
    runs.push(run('A full-width line that spans both of the columns on the page', 50, 150));
    runs.push(run('c1', 50, 190), run('c2', 50, 204), run('d1', 300, 190), run('d2', 300, 204));
    expect(read(runs)).toBe('a1/a2|b1/b2|A full-width line that spans both of the columns on the page|c1/c2|d1/d2');
  });

  it('reads a heading below both columns after the right column', () => {
    const runs = [run('l1', 50, 100), run('l2', 50, 114), run('l3', 50, 128), run('r1', 300, 100)];
    runs.push(run('Heading', 50, 170, 15));
    runs.push(run('Name', 55, 200, 9), run('Value', 380, 200, 9), run('Unit', 450, 200, 9));
    runs.push(run('Users', 55, 222, 9), run('389', 380, 222, 9), run('million', 450, 222, 9));
    expect(read(runs)).toBe('l1/l2/l3|r1|Heading|Name\tValue\tUnit/Users\t389\tmillion');
  });
});

describe('fragments', () => {
  it('joins runs with a justified wide space but splits at a column gutter', () => {
    const runs = [run('centered', 50, 100), run(' ', 90, 100), run('on', 110, 100), run('city', 300, 100)];
    const fragments = buildFragments(runs);
    expect(fragments.map((fragment) => fragment.runs.map((index) => runs[index]!.text).join(''))).toEqual(['centered on', 'city']);
  });

  it('keeps a short justified line with several equal wide gaps as one fragment', () => {
    const runs = [run('¹', 310, 100), run(' ', 314, 100), run('来', 382, 100), run(' ', 392, 100), run('源', 458, 100), run(' ', 468, 100), run('：', 534, 100)];
    expect(buildFragments(runs)).toHaveLength(1);
  });

  it('splits table cells even where pdf.js filled the gap with a space', () => {
    const runs = [run('Mobile users', 57, 100), run(' ', 120, 100), run('897', 385, 100), run(' ', 400, 100), run('million', 449, 100)];
    expect(buildFragments(runs)).toHaveLength(3);
  });

  it('keeps a superscript on its line', () => {
    const runs = [run('CO', 50, 100), run('2', 60, 102, 6), run('emissions', 66, 100)];
    expect(buildFragments(runs)).toHaveLength(1);
  });
});
