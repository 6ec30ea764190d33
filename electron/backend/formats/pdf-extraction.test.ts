import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extraction/index';
import { readPdf } from './pdf';

const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));

interface GoldFigure {
  value: number;
  unit: string;
}

/** Each PDF excerpt is its eval passage laid out on pages. */
const EXCERPTS = [
  ['alibaba-esg-2022-excerpt.pdf', '002_9968-16057'],
  ['alipay-2019-2020-excerpt.pdf', '001_9944-20073'],
  ['ant-financial-2016-bilingual-excerpt.pdf', '000_19956-30040'],
] as const;

/**
 * The share of gold figures the extractor finds in the PDF's text, as a multiset: by value, and by
 * unit too where both give one.
 */
function coverage(gold: readonly GoldFigure[], found: readonly GoldFigure[]): number {
  const left = [...found];
  let covered = 0;
  for (const figure of gold) {
    const at = left.findIndex(
      (candidate) =>
        Math.abs(candidate.value - figure.value) <= 1e-9 * Math.max(1, Math.abs(figure.value)) &&
        (candidate.unit === '' || figure.unit === '' || candidate.unit === figure.unit),
    );
    if (at < 0) continue;
    covered++;
    left.splice(at, 1);
  }
  return covered / gold.length;
}

describe('extraction on PDF equals extraction on text', () => {
  for (const [pdf, passage] of EXCERPTS) {
    it(`finds at least 95 % of the gold figures of ${passage} in ${pdf}`, async () => {
      const read = await readPdf(new Uint8Array(readFileSync(`${shared}fixtures/pdf/${pdf}`)), {});
      const gold = readFileSync(`${shared}eval/dev/gold/${passage}.jsonl`, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as GoldFigure);
      expect(coverage(gold, extractFigures(read.text))).toBeGreaterThanOrEqual(0.95);
    });
  }
});
