import { describe, expect, it } from 'vitest';
import { buildFragments } from './pdf-fragments';
import { layoutPage } from './pdf-layout';
import { GlyphIndex } from './pdf-locate';
import { PdfTextWriter } from './pdf-text';
import type { TextRun } from './pdf-geometry';

/** A run of `text` at `x` on `baseline`, half a font size per character wide (a full one for CJK). */
function run(text: string, x: number, baseline: number, size = 10): TextRun {
  const width = [...text].reduce((w, ch) => w + (/[\u3400-\u9fff]/.test(ch) ? size : size * 0.5), 0);
  return { text, x0: x, x1: x + width, top: baseline - 0.8 * size, bottom: baseline + 0.2 * size, baseline, size };
}

function write(runs: TextRun[]): string {
  const writer = new PdfTextWriter(new GlyphIndex());
  writer.writePage(1, runs, layoutPage(buildFragments(runs)));
  return writer.toString();
}

describe('the line breaks the PDF text writer keeps', () => {
  it('joins CJK text wrapped at a line end, a number before its unit too', () => {
    expect(write([run('排放量约为 787.7', 50, 100), run('万吨，同比下降', 50, 114)])).toBe('排放量约为 787.7万吨，同比下降');
    expect(write([run('合作开展深度融合的“3T', 50, 100), run('智慧育种”项目', 50, 114)])).toBe('合作开展深度融合的“3T智慧育种”项目');
  });
  it('keeps the break after English words before CJK text: a contents entry ends there (About the Report 135⏎全球报告倡议组织)', () => {
    expect(write([run('8 / 关于本报告 About the Report 135', 50, 100), run('全球报告倡议组织 (GRI 标准) 指引 136', 50, 114)])).toBe(
      '8 / 关于本报告 About the Report 135\n全球报告倡议组织 (GRI 标准) 指引 136',
    );
  });
});
