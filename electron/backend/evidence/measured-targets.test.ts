import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReport } from '../import-report';
import { matchFiles, type FigureMatch, type ImportFile } from './match-files';

// The measured targets, on the real fixtures read by the real readers (pdf.js, SheetJS):
// the expected pairs were written by reading the documents, not by running the ranking.

const SHARED = new URL('../../../../shared/', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, SHARED));
const importFile: ImportFile = (file) => importReport({ jobId: file, fileName: file, bytes: new Uint8Array(readFileSync(file)) }, () => {});
const options = { limit: 5, name: (file: string) => basename(file) };

async function match(report: string, evidence: string[]): Promise<FigureMatch[]> {
  const result = await matchFiles(path(report), evidence.map(path), importFile, options);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.value.failures).toEqual([]);
  return result.value.matches;
}

const figureAt = (matches: readonly FigureMatch[], start: number, text: string): FigureMatch => {
  const found = matches.find((m) => m.figure.start === start);
  expect(found?.figure.text, `a figure "${text}" at ${start}`).toBe(text);
  return found!;
};

interface Side {
  start: number;
  text: string;
}

describe('a bilingual report checks itself', () => {
  const fixture = JSON.parse(readFileSync(new URL('../../../shared/evidence/__fixtures__/ant-financial-2016-bilingual-pairs.json', import.meta.url), 'utf8')) as {
    pairs: Array<{ zh: Side; en: Side }>;
  };
  let matches: FigureMatch[];
  beforeAll(async () => {
    matches = await match('fixtures/pdf/ant-financial-2016-bilingual-excerpt.pdf', ['fixtures/pdf/ant-financial-2016-bilingual-excerpt.pdf']);
  }, 60_000);

  const topShare = (from: 'zh' | 'en') => {
    const to = from === 'zh' ? 'en' : 'zh';
    const found = fixture.pairs.filter((pair) => figureAt(matches, pair[from].start, pair[from].text).candidates[0]?.start === pair[to].start);
    return found.length / fixture.pairs.length;
  };

  it('ranks the English counterpart first for at least 90 % of the Chinese figures that have one', () => {
    expect(fixture.pairs.length).toBeGreaterThanOrEqual(20);
    expect(topShare('zh')).toBeGreaterThanOrEqual(0.9);
  });

  it('ranks the Chinese counterpart first for at least 90 % of the English figures that have one', () => {
    expect(topShare('en')).toBeGreaterThanOrEqual(0.9);
  });

  it('never offers a figure as its own evidence', () => {
    const selfOffered = matches.filter((m) => m.candidates.some((c) => c.start < m.figure.end && m.figure.start < c.end));
    expect(matches.length).toBeGreaterThan(50);
    expect(selfOffered.map((m) => m.figure.text)).toEqual([]);
  });
});

/** Each figure (its start and text) and the cell that supports it, read from the workbook. */
type Supported = ReadonlyArray<readonly [number, string, string]>;

function expectCellsFirst(matches: readonly FigureMatch[], supported: Supported): void {
  const tops = supported.map(([start, text]) => {
    const top = figureAt(matches, start, text).candidates[0];
    return top === undefined ? 'none' : `${top.sheet}!${top.cell}`;
  });
  expect(tops).toEqual(supported.map(([, , cell]) => cell));
}

describe('a workbook supports the figures of the report it is evidence for', () => {
  it("ranks the CNNIC cell first for each figure of the English excerpt it supports, and no cell for the KPI table's 389 million", async () => {
    const matches = await match('fixtures/pdf/alipay-2019-2020-excerpt.pdf', ['fixtures/evidence/cnnic-2020-03-internet-users.xlsx']);
    const sheet = 'CNNIC 2020-03';
    expectCellsFirst(matches, [
      [61, '897 million', `${sheet}!B5`],
      [147, '694 million', `${sheet}!B6`],
      [178, '76.8%', `${sheet}!C6`],
      [294, '768 million', `${sheet}!B7`],
      [322, '85.0%', `${sheet}!C7`],
      [404, '765 million', `${sheet}!B8`],
      [432, '85.3%', `${sheet}!D8`],
      [464, '398 million', `${sheet}!B9`],
      [530, '44.0%', `${sheet}!C9`],
      [579, '710 million', `${sheet}!B10`],
      [10261, '897\tmillion', `${sheet}!B5`],
      [10294, '768\tmillion', `${sheet}!B7`],
      [10327, '765\tmillion', `${sheet}!B8`],
      [10377, '85.0%', `${sheet}!C7`],
    ]);
    // The workbook says 99.2 %, 78.5 % and 398 million where the report says 99.3 %, 78.6 % and 389 million.
    for (const [start, text] of [[115, '99.3%'], [610, '78.6%'], [10557, '389\tmillion']] as const) {
      expect(figureAt(matches, start, text).candidates).toEqual([]);
    }
  }, 60_000);

  it('ranks the GHG and staff cells first for each figure of the Chinese excerpt they support, a share by its cell before its ratio', async () => {
    const matches = await match('fixtures/pdf/alibaba-esg-2022-excerpt.pdf', ['fixtures/evidence/alibaba-fy2022-ghg-and-staff.xlsx']);
    expectCellsFirst(matches, [
      [637, '619,944 吨', '温室气体盘查!B10'],
      [672, '21.6%', '温室气体盘查!B11'],
      [745, '1.247', '温室气体盘查!B12'],
      [1093, '25万员工', '员工!B2'],
      [1107, '49.5%', '员工!B4'],
      [5462, '1324.9 万吨', '温室气体盘查!B7'],
      [5506, '92.7 万吨', '温室气体盘查!B4'],
      [5595, '444.5 万吨', '温室气体盘查!B5'],
      [5692, '787.7万吨', '温室气体盘查!B6'],
    ]);
    const share = figureAt(matches, 1107, '49.5%').candidates;
    expect(share.find((c) => c.cell === 'B3/B2')?.reasons).toContain('ratio');
    expect(figureAt(matches, 5462, '1324.9 万吨').candidates[0]?.reasons).toEqual(['rounded', 'same metric']);
  }, 60_000);
});
